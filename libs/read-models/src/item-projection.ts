import type { Database } from '@closeloop/db';
import { type FiledItem, type ItemEvent, type ItemState, evolve, initialState, isFiled } from '@closeloop/domain';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import type { Insertable, Transaction } from 'kysely';
import { groupByStream } from './group-by-stream';
import { type CountChangeRow, countChanges } from './item-count-changes';
import { toItemView } from './item-view';
import { itemIdOfStream } from './streams';

/** Rows per INSERT … ON CONFLICT: 15 parameters a row stays far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 500;

/**
 * Folds each item's new events into its row with the domain's own `evolve`, in the append's transaction: one
 * SELECT … FOR UPDATE for every item of the batch, then one upsert per few hundred rows (a live append touches
 * one item; a rebuild's batch, hundreds). Each row is written with its view (`view`: toItemView of the folded state,
 * as JSON text): every read returns it, and a page of the list is its rows' stored views joined.
 *
 * Folding event by event, it also records each change to what the item counts as in its plan's trend (open,
 * overdue, red) in `item_count_changes`, at the event's business time.
 */
export const itemProjection: InlineProjection = async (trx, events) => {
  const streams = groupByStream(events, itemIdOfStream);
  if (streams.size === 0) return;
  const current = await trx
    .selectFrom('items')
    .select(['id', 'state', 'version'])
    .where('id', 'in', [...streams.keys()])
    .orderBy('id')
    .forUpdate()
    .execute();
  const rows = new Map(current.map((row) => [row.id, row]));
  const upserts: ItemRow[] = [];
  const changes: CountChangeRow[] = [];
  for (const [itemId, stream] of streams) {
    const row = rows.get(itemId);
    const fresh = stream.filter((e) => e.streamVersion > (row?.version ?? 0));
    if (fresh.length === 0) continue;
    let state = (row?.state as ItemState | undefined) ?? initialState();
    for (const event of fresh) {
      const next = evolve(state, asItemEvent(event));
      if (isFiled(next))
        changes.push(...countChanges(state, next, { itemId, planCode: next.planCode, version: event.streamVersion, at: atOf(event) }));
      state = next;
    }
    if (!isFiled(state)) continue;
    const last = fresh[fresh.length - 1];
    upserts.push(itemRow(state, last.streamVersion, last.recordedAt));
  }
  for (let i = 0; i < upserts.length; i += ROWS_PER_STATEMENT) await upsertItems(trx, upserts.slice(i, i + ROWS_PER_STATEMENT));
  for (let i = 0; i < changes.length; i += ROWS_PER_STATEMENT) {
    await trx
      .insertInto('item_count_changes')
      .values(changes.slice(i, i + ROWS_PER_STATEMENT))
      .execute();
  }
};

const asItemEvent = (event: RecordedEvent): ItemEvent => ({ type: event.type, data: event.data }) as ItemEvent;

/** The event's business time (when the workflow decided it), or when it was recorded when it has none. */
const atOf = (event: RecordedEvent): string => (typeof event.data.at === 'string' ? event.data.at : event.recordedAt.toISOString());

type ItemRow = Insertable<Database['items']>;

/** The row: the state, its view, and copies of the view's fields that lists filter on, sort by or count. */
function itemRow(state: FiledItem, version: number, at: Date): ItemRow {
  const view = toItemView(state, { version, updatedAt: at });
  return {
    id: view.id,
    // as the event gives it (to the microsecond), so that a page's cursor names its last row exactly
    filed_at: state.filedAt,
    plan_code: view.planCode,
    code: view.code,
    status: view.status,
    light: view.light,
    deadline: view.deadline,
    overdue: view.overdue,
    relapse_count: view.relapseCount,
    responsible_unit_id: view.responsibleUnitId,
    supervising_unit_id: view.supervisingUnitId,
    awaiting: view.awaiting?.kind ?? null,
    waiting_since: view.awaiting?.since ?? null,
    escalation_level: view.escalation.level,
    escalation_proposed: view.escalation.proposed,
    search_text: [view.code, view.title, view.finding, view.target].join('\n'),
    version,
    state: JSON.stringify(state),
    view: JSON.stringify(view),
    updated_at: view.updatedAt,
  };
}

/** Every column but the id and the filing time follows the state (the view, the whole row). */
const updatedColumns = [
  'plan_code',
  'code',
  'status',
  'light',
  'deadline',
  'overdue',
  'relapse_count',
  'responsible_unit_id',
  'supervising_unit_id',
  'awaiting',
  'waiting_since',
  'escalation_level',
  'escalation_proposed',
  'search_text',
  'version',
  'state',
  'view',
  'updated_at',
] as const satisfies readonly Exclude<keyof ItemRow, 'id' | 'filed_at'>[];

async function upsertItems(trx: Transaction<Database>, rows: ItemRow[]): Promise<void> {
  await trx
    .insertInto('items')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => Object.fromEntries(updatedColumns.map((column) => [column, eb.ref(`excluded.${column}`)]))),
    )
    .execute();
}
