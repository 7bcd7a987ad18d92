import type { Database } from '@closeloop/db';
import { type FiledItem, type ItemEvent, type ItemState, fold, initialState, isFiled, nextWakeUp, trafficLight } from '@closeloop/domain';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import type { Insertable, Transaction } from 'kysely';
import { groupByStream } from './group-by-stream';
import { type WrittenItemRow, itemViewJson } from './item-view';
import { itemIdOfStream } from './streams';

/** Rows per INSERT … ON CONFLICT: 20 parameters a row stays far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 500;

/**
 * Folds each item's new events into its row with the domain's own `evolve`, in the append's transaction: one
 * SELECT … FOR UPDATE for every item of the batch, then one upsert per few hundred rows (a live append touches
 * one item; a rebuild's batch, hundreds). Each row is written with its view (`view`: toItemView of the row, as JSON
 * text), so that a list page is its rows' stored views joined.
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
  for (const [itemId, stream] of streams) {
    const row = rows.get(itemId);
    const fresh = stream.filter((e) => e.streamVersion > (row?.version ?? 0));
    if (fresh.length === 0) continue;
    const before = (row?.state as ItemState | undefined) ?? initialState();
    const state = fold(before, fresh.map(asItemEvent));
    if (!isFiled(state)) continue;
    const last = fresh[fresh.length - 1];
    upserts.push(itemRow(state, last.streamVersion, last.recordedAt));
  }
  for (let i = 0; i < upserts.length; i += ROWS_PER_STATEMENT) await upsertItems(trx, upserts.slice(i, i + ROWS_PER_STATEMENT));
};

const asItemEvent = (event: RecordedEvent): ItemEvent => ({ type: event.type, data: event.data }) as ItemEvent;

type ItemRow = Insertable<Database['items']>;

function itemRow(state: FiledItem, version: number, at: Date): ItemRow {
  const row: WrittenItemRow = {
    id: state.itemId,
    filed_at: state.filedAt,
    plan_code: state.planCode,
    code: state.code,
    title: state.title,
    kind: state.kind,
    status: state.status,
    light: trafficLight(state),
    deadline: state.deadline,
    original_deadline: state.originalDeadline,
    percent: state.percent,
    overdue: state.overdue,
    relapse_count: state.relapseCount,
    next_wake_up: nextWakeUp(state)?.toISOString() ?? null,
    responsible_unit_id: state.responsibleUnitId || null,
    supervising_unit_id: state.supervisingUnitId || null,
    version,
    state: JSON.stringify(state),
    updated_at: at.toISOString(),
  };
  return { ...row, view: itemViewJson(row) };
}

/** Every column but the id and the filing time follows the state (the view, the whole row). */
const updatedColumns = [
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
  'state',
  'view',
  'updated_at',
] as const;

async function upsertItems(trx: Transaction<Database>, rows: ItemRow[]): Promise<void> {
  await trx
    .insertInto('items')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => Object.fromEntries(updatedColumns.map((column) => [column, eb.ref(`excluded.${column}`)]))),
    )
    .execute();
}
