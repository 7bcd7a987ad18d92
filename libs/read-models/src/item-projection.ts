import type { Database } from '@closeloop/db';
import { type FiledItem, type ItemEvent, type ItemState, fold, initialState } from '@closeloop/domain';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import type { Transaction } from 'kysely';
import { itemIdOfStream } from './item-stream';

/** Folds an item's new events into its row with the domain's own `evolve`, in the append's transaction. */
export const itemProjection: InlineProjection = async (trx, events) => {
  for (const [itemId, stream] of groupByItem(events)) {
    const row = await trx
      .selectFrom('items')
      .select(['state', 'version'])
      .where('id', '=', itemId)
      .forUpdate()
      .executeTakeFirst();
    const fresh = stream.filter((e) => e.streamVersion > (row?.version ?? 0));
    if (fresh.length === 0) continue;
    const before = (row?.state as ItemState | undefined) ?? initialState();
    const state = fold(before, fresh.map(asItemEvent));
    if (state.status === 'unfiled') continue;
    const last = fresh[fresh.length - 1];
    await upsert(trx, state, last.streamVersion, last.recordedAt);
  }
};

function groupByItem(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const byItem = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const itemId = itemIdOfStream(event.streamId);
    if (!itemId) continue;
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), event]);
  }
  return byItem;
}

const asItemEvent = (event: RecordedEvent): ItemEvent => ({ type: event.type, data: event.data }) as ItemEvent;

async function upsert(trx: Transaction<Database>, state: FiledItem, version: number, at: Date): Promise<void> {
  const row = {
    id: state.itemId,
    plan_code: state.planCode,
    code: state.code,
    title: state.title,
    status: state.status,
    deadline: state.deadline,
    responsible_unit_id: state.responsibleUnitId ?? null,
    supervising_unit_id: state.supervisingUnitId ?? null,
    version,
    state: JSON.stringify(state),
    filed_at: state.filedAt,
    updated_at: at.toISOString(),
  };
  await trx
    .insertInto('items')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(({ ref }) => ({
      status: ref('excluded.status'),
      title: ref('excluded.title'),
      deadline: ref('excluded.deadline'),
      responsible_unit_id: ref('excluded.responsible_unit_id'),
      supervising_unit_id: ref('excluded.supervising_unit_id'),
      version: ref('excluded.version'),
      state: ref('excluded.state'),
      updated_at: ref('excluded.updated_at'),
    })))
    .execute();
}
