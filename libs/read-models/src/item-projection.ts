import type { Database } from '@closeloop/db';
import { type FiledItem, type ItemEvent, type ItemState, fold, initialState, isFiled, nextWakeUp, trafficLight } from '@closeloop/domain';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import type { Transaction } from 'kysely';
import { groupByStream } from './group-by-stream';
import { itemIdOfStream } from './streams';

/** Folds an item's new events into its row with the domain's own `evolve`, in the append's transaction. */
export const itemProjection: InlineProjection = async (trx, events) => {
  for (const [itemId, stream] of groupByStream(events, itemIdOfStream)) {
    const row = await trx.selectFrom('items').select(['state', 'version']).where('id', '=', itemId).forUpdate().executeTakeFirst();
    const fresh = stream.filter((e) => e.streamVersion > (row?.version ?? 0));
    if (fresh.length === 0) continue;
    const before = (row?.state as ItemState | undefined) ?? initialState();
    const state = fold(before, fresh.map(asItemEvent));
    if (!isFiled(state)) continue;
    const last = fresh[fresh.length - 1];
    await upsertItem(trx, state, last.streamVersion, last.recordedAt);
  }
};

const asItemEvent = (event: RecordedEvent): ItemEvent => ({ type: event.type, data: event.data }) as ItemEvent;

async function upsertItem(trx: Transaction<Database>, state: FiledItem, version: number, at: Date): Promise<void> {
  const columns = {
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
  await trx
    .insertInto('items')
    .values({ id: state.itemId, filed_at: state.filedAt, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}
