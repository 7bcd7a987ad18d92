import type { PlanIssued } from '@closeloop/domain';
import type { InlineProjection } from '@closeloop/event-store';
import { groupByStream } from './group-by-stream';
import { planIdOfStream } from './streams';

/** Plans are issued once; the row mirrors the PlanIssued event. */
export const planProjection: InlineProjection = async (trx, events) => {
  for (const [planId, stream] of groupByStream(events, planIdOfStream)) {
    for (const event of stream) {
      if (event.type !== 'PlanIssued') continue;
      const data = event.data as PlanIssued['data'];
      await trx
        .insertInto('plans')
        .values({
          id: planId,
          title: data.title,
          source_inspection: data.sourceInspection,
          owner_unit_id: data.ownerUnitId,
          policy: JSON.stringify(data.policy),
          version: event.streamVersion,
          issued_at: data.at,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  }
};
