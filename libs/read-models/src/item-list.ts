import type { Database } from '@closeloop/db';
import type { AwaitingKind, EscalationLevel } from '@closeloop/domain';
import { type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';

export interface ItemFilter {
  planCode?: string;
  /** Responsible or supervising unit. */
  unitId?: string;
  responsibleUnitId?: string;
  supervisingUnitId?: string;
  status?: string;
  light?: string;
  overdue?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  /** What waits for the supervising unit (`any`: any of them). */
  awaiting?: AwaitingKind | 'any';
  /** The escalation level reached (`none`: not escalated). */
  escalation?: EscalationLevel | 'none';
  /** Whether an automatic escalation waits for a leader's confirmation. */
  escalationProposed?: boolean;
  /** Text in the code, title, finding or target (case-insensitive, taken literally: `%` and `_` are no wildcards). */
  text?: string;
  /** Units the caller may see; 'all' for an admin. */
  scope: ReadonlySet<string> | 'all';
}

/**
 * The orders a list pages in, each by a time and then the id: `filed` by filing time (every item has one);
 * `waiting` by the time the item began to wait for its supervising unit, oldest first (only items that wait have one:
 * the order needs an `awaiting` filter).
 */
export const itemOrders = ['filed', 'waiting'] as const;
export type ItemOrder = (typeof itemOrders)[number];

const orderColumn = { filed: 'filed_at', waiting: 'waiting_since' } as const satisfies Record<ItemOrder, keyof Database['items']>;

/** A position in an order: the row's time key (filing time, or waiting since) with microseconds, and its id. */
export interface ItemCursor {
  at: string;
  id: string;
}

/**
 * A page of items in an order (filing order unless told), then id, the same order every time, as the JSON text of its
 * `ItemView[]`: the rows' stored views (items.view, written by the item projection) joined by PostgreSQL. The API
 * sends it as it is; nothing builds or parses a view.
 *
 * `next` is the last item's position when more rows follow, its time key with microseconds (as stored, so the
 * next page starts exactly after it).
 */
export async function listItemsJson(
  db: Kysely<Database>,
  filter: ItemFilter,
  page: { limit: number; after?: ItemCursor; order?: ItemOrder },
): Promise<{ itemsJson: string; next?: ItemCursor }> {
  const order = page.order ?? 'filed';
  const key = orderColumn[order];
  if (order === 'waiting' && !filter.awaiting) throw new Error('the waiting order lists only items that wait: filter by awaiting');
  const rows = whereItemFilter(db.selectFrom('items').select(['id', `${key} as key`, 'view']), filter, page.after, order);
  if (!rows) return { itemsJson: '[]' };
  const limit = page.limit;
  // The views joined by commas (brackets added here: PostgreSQL need not copy the page twice more), whether a row
  // follows the page (one row of look-ahead), and the page's last position.
  const { rows: result } = await sql<{ items: string | null; more: boolean; last_at: string | null; last_id: string | null }>`
    select
      string_agg(q.view::text, ',' order by q.key, q.id) filter (where q.n <= ${limit}) as items,
      count(*) > ${limit} as more,
      min(to_char(q.key at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) filter (where q.n = ${limit}) as last_at,
      min(q.id::text) filter (where q.n = ${limit}) as last_id
    from (
      select page.*, row_number() over (order by page.key, page.id) as n
      from ${rows
        .orderBy(key)
        .orderBy('id')
        .limit(limit + 1)} as page
    ) as q`.execute(db);
  const [{ items, more, last_at, last_id }] = result;
  return {
    itemsJson: `[${items ?? ''}]`,
    next: more && last_at && last_id ? { at: last_at, id: last_id } : undefined,
  };
}

/** Whether any item passes the filter (the caller's scope, the filters): one index probe, no view read. */
export async function anyItem(db: Kysely<Database>, filter: ItemFilter): Promise<boolean> {
  const query = whereItemFilter(db.selectFrom('items').select('id'), filter);
  return !!query && (await query.limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The rows of `items` a filter lets through (the caller's scope, the filters) after a keyset position in an order,
 * added to `query`; undefined when no row can pass (a scope of no units). Every list of items pages through this.
 */
export function whereItemFilter<O>(
  query: SelectQueryBuilder<Database, 'items', O>,
  filter: ItemFilter,
  after?: ItemCursor,
  order: ItemOrder = 'filed',
): SelectQueryBuilder<Database, 'items', O> | undefined {
  if (filter.scope !== 'all' && filter.scope.size === 0) return undefined;
  const scoped = query.where((eb) => eb.and(itemFilterConditions(eb, filter)));
  if (!after) return scoped;
  const key = sql.ref(orderColumn[order]);
  return scoped.where(sql<boolean>`(${key}, id) > (${after.at}::timestamptz, ${after.id}::uuid)`);
}

/**
 * The conditions a filter puts on a row of `items` (the scope's among them), each on a column the projection copies
 * from the view. The one definition of what a filter means: the list pages by it, and the plan cockpit counts by it
 * (so that each count is the length of the list its drill-down query gives).
 */
export function itemFilterConditions(eb: ExpressionBuilder<Database, 'items'>, filter: ItemFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const eitherUnit = (units: string[]) => eb.or([eb('responsible_unit_id', 'in', units), eb('supervising_unit_id', 'in', units)]);
  if (filter.scope !== 'all') conditions.push(eitherUnit([...filter.scope]));
  if (filter.planCode) conditions.push(eb('plan_code', '=', filter.planCode));
  if (filter.unitId) conditions.push(eitherUnit([filter.unitId]));
  if (filter.responsibleUnitId) conditions.push(eb('responsible_unit_id', '=', filter.responsibleUnitId));
  if (filter.supervisingUnitId) conditions.push(eb('supervising_unit_id', '=', filter.supervisingUnitId));
  if (filter.status) conditions.push(eb('status', '=', filter.status));
  if (filter.light) conditions.push(eb('light', '=', filter.light));
  if (filter.overdue !== undefined) conditions.push(eb('overdue', '=', filter.overdue));
  if (filter.dueBefore) conditions.push(eb('deadline', '<', filter.dueBefore));
  if (filter.dueAfter) conditions.push(eb('deadline', '>', filter.dueAfter));
  if (filter.awaiting === 'any') conditions.push(eb('awaiting', 'is not', null));
  else if (filter.awaiting) conditions.push(eb('awaiting', '=', filter.awaiting));
  if (filter.escalation === 'none') conditions.push(eb('escalation_level', 'is', null));
  else if (filter.escalation) conditions.push(eb('escalation_level', '=', filter.escalation));
  if (filter.escalationProposed !== undefined) {
    conditions.push(eb('escalation_proposed', filter.escalationProposed ? 'is not' : 'is', null));
  }
  // LIKE's own wildcards in the text stand for themselves (backslash is LIKE's default escape).
  if (filter.text) conditions.push(eb('search_text', 'ilike', `%${filter.text.replace(/[\\%_]/g, '\\$&')}%`));
  return conditions;
}
