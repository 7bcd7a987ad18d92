import type { Database } from '@closeloop/db';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';

export interface ItemFilter {
  planCode?: string;
  /** Responsible or supervising unit. */
  unitId?: string;
  status?: string;
  light?: string;
  overdue?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  /** Text in the code, title, finding or target (case-insensitive, taken literally). */
  text?: string;
  /** Waiting for the supervising unit: an extension request, a verification, or a revisit that is due. */
  awaiting?: 'extension' | 'verification' | 'revisit';
  /** Units the caller may see; 'all' for an admin. */
  scope: ReadonlySet<string> | 'all';
}

export interface ItemCursor {
  filedAt: string;
  id: string;
}

/**
 * A page of items in filing order (then id), the same order every time, as the JSON text of its `ItemView[]`: the
 * rows' stored views (items.view, written by the item projection) joined by PostgreSQL. The API sends it as it is;
 * nothing builds or parses a view.
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
  // follows the page (one row of look-ahead), and the page's last position.
  const { rows: result } = await sql<{ items: string | null; more: boolean; last_filed_at: string | null; last_id: string | null }>`
    select
      string_agg(q.view::text, ',' order by q.filed_at, q.id) filter (where q.n <= ${limit}) as items,
      count(*) > ${limit} as more,
      min(to_char(q.filed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) filter (where q.n = ${limit}) as last_filed_at,
      min(q.id::text) filter (where q.n = ${limit}) as last_id
    from (
      select page.*, row_number() over (order by page.filed_at, page.id) as n
      from ${rows
        .orderBy('filed_at')
        .orderBy('id')
        .limit(limit + 1)} as page
    ) as q`.execute(db);
  const [{ items, more, last_filed_at, last_id }] = result;
  return {
    itemsJson: `[${items ?? ''}]`,
    next: more && last_filed_at && last_id ? { filedAt: last_filed_at, id: last_id } : undefined,
  };
}

/** Whether any item passes the filter (the caller's scope, the filters): one index probe, no view read. */
export async function anyItem(db: Kysely<Database>, filter: ItemFilter): Promise<boolean> {
  const query = whereItemFilter(db.selectFrom('items').select('id'), filter);
  return !!query && (await query.limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The rows of `items` a filter lets through (the caller's scope, the filters) after a keyset position, added to
 * `query`; undefined when no row can pass (a scope of no units). Every list of items pages through this.
 */
export function whereItemFilter<O>(
  query: SelectQueryBuilder<Database, 'items', O>,
  filter: ItemFilter,
  after?: ItemCursor,
): SelectQueryBuilder<Database, 'items', O> | undefined {
  if (filter.scope !== 'all') {
    const units = [...filter.scope];
    if (units.length === 0) return undefined;
    query = query.where((eb) => eb.or([eb('responsible_unit_id', 'in', units), eb('supervising_unit_id', 'in', units)]));
  }
  if (filter.planCode) query = query.where('plan_code', '=', filter.planCode);
  if (filter.unitId) {
    const unitId = filter.unitId;
    query = query.where((eb) => eb.or([eb('responsible_unit_id', '=', unitId), eb('supervising_unit_id', '=', unitId)]));
  }
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.light) query = query.where('light', '=', filter.light);
  if (filter.overdue !== undefined) query = query.where('overdue', '=', filter.overdue);
  if (filter.dueBefore) query = query.where('deadline', '<', filter.dueBefore);
  if (filter.dueAfter) query = query.where('deadline', '>', filter.dueAfter);
  if (filter.text) {
    // LIKE's own wildcards in the text are taken as themselves (backslash is LIKE's default escape).
    const pattern = `%${filter.text.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where(
      sql<boolean>`concat_ws(' ', view ->> 'code', view ->> 'title', view ->> 'finding', view ->> 'target') ilike ${pattern}`,
    );
  }
  if (filter.awaiting === 'extension') {
    query = query.where('status', '=', 'in_progress').where(sql<boolean>`json_typeof(view -> 'pendingExtension') = 'object'`);
  } else if (filter.awaiting === 'verification') {
    query = query.where('status', '=', 'awaiting_verification');
  } else if (filter.awaiting === 'revisit') {
    query = query
      .where('status', '=', 'closed')
      .where(sql<boolean>`exists (select 1 from json_array_elements(view -> 'revisits') r where r ->> 'status' = 'due')`);
  }
  if (after) query = query.where(sql<boolean>`(filed_at, id) > (${after.filedAt}::timestamptz, ${after.id}::uuid)`);
  return query;
}
