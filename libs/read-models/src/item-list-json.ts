import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { type ItemCursor, type ItemFilter, whereItemFilter } from './item-list';

/**
 * A page of `listItems`, as the JSON text of its `ItemView[]`: the rows' stored views (items.view, written by the
 * item projection: `JSON.stringify(toItemView(row))`) joined by PostgreSQL. The API sends it as it is, without
 * parsing each item's state, building the views and serialising them again, and PostgreSQL builds nothing either.
 *
 * The same rows, in the same order, as `listItems` (the same filter, `filed_at, id`, one row of look-ahead), and
 * after `JSON.parse` the same views, key for key and in the same key order. A row the projection wrote gives its
 * view byte for byte as `JSON.stringify` of `toItemView` writes it; a row filled by the migration that added the
 * column (2026-11-23T05-00-item-views) the same values, with blanks after `:` and `,` in what the state passes on.
 *
 * `next` is the last item's position when more rows follow, its filing time with microseconds (as stored, so the
 * next page starts exactly after it).
 */
export async function listItemsJson(
  db: Kysely<Database>,
  filter: ItemFilter,
  page: { limit: number; after?: ItemCursor },
): Promise<{ itemsJson: string; next?: ItemCursor }> {
  const rows = whereItemFilter(db.selectFrom('items').select(['id', 'filed_at', 'view']), filter, page.after);
  if (!rows) return { itemsJson: '[]' };
  const limit = page.limit;
  // The views joined by commas (brackets added here: PostgreSQL need not copy the page twice more), whether a row
  // follows the page, and the page's last position.
  const { rows: result } = await sql<{ items: string | null; more: boolean; last_filed_at: string | null; last_id: string | null }>`
    select
      string_agg(q.view::text, ',' order by q.filed_at, q.id) filter (where q.n <= ${limit}) as items,
      count(*) > ${limit} as more,
      min(to_char(q.filed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) filter (where q.n = ${limit}) as last_filed_at,
      min(q.id::text) filter (where q.n = ${limit}) as last_id
    from (
      select page.*, row_number() over (order by page.filed_at, page.id) as n
      from ${rows.orderBy('filed_at').orderBy('id').limit(limit + 1)} as page
    ) as q`.execute(db);
  const [{ items, more, last_filed_at, last_id }] = result;
  return {
    itemsJson: `[${items ?? ''}]`,
    next: more && last_filed_at && last_id ? { filedAt: last_filed_at, id: last_id } : undefined,
  };
}
