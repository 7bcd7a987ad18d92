import type { Database } from '@closeloop/db';
import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import { type ItemView, toItemView } from './item-view';

export interface ItemFilter {
  planCode?: string;
  /** Responsible or supervising unit. */
  unitId?: string;
  status?: string;
  light?: string;
  overdue?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  /** Units the caller may see; 'all' for an admin. */
  scope: ReadonlySet<string> | 'all';
}

export interface ItemCursor {
  filedAt: string;
  id: string;
}

/** Every column the view shows; the state without what it never shows (see toItemView). */
const viewColumns = [
  'id',
  'plan_code',
  'code',
  'title',
  'kind',
  'status',
  'light',
  'deadline',
  'original_deadline',
  'percent',
  'overdue',
  'relapse_count',
  'next_wake_up',
  'responsible_unit_id',
  'supervising_unit_id',
  'version',
  'filed_at',
  'updated_at',
] as const;

/**
 * The working-day calendar the item's timers follow, its policy and the reminders already sent make up half of
 * the state's bytes; a list page leaves them in the database instead of sending and parsing them for every row.
 */
const viewState = sql<Selectable<Database['items']>['state']>`state - '{calendar,policy,remindersSent}'::text[]`.as('state');

/** A page of items in filing order (then id), the same order every time. */
export async function listItems(
  db: Kysely<Database>,
  filter: ItemFilter,
  page: { limit: number; after?: ItemCursor },
): Promise<{ items: ItemView[]; next?: ItemCursor }> {
  const query = whereItemFilter(db.selectFrom('items').select([...viewColumns, viewState]), filter, page.after);
  if (!query) return { items: [] };
  const rows = await query.orderBy('filed_at').orderBy('id').limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit).map(toItemView);
  const last = items[items.length - 1];
  return { items, next: rows.length > page.limit && last ? { filedAt: last.filedAt, id: last.id } : undefined };
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
  if (after) query = query.where(sql<boolean>`(filed_at, id) > (${after.filedAt}::timestamptz, ${after.id}::uuid)`);
  return query;
}
