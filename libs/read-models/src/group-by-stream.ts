import type { RecordedEvent } from '@closeloop/event-store';

/** The events of one batch, by the entity id their stream belongs to (other streams skipped), each in batch order. */
export function groupByStream(
  events: readonly RecordedEvent[],
  idOf: (streamId: string) => string | undefined,
): Map<string, RecordedEvent[]> {
  const byId = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const id = idOf(event.streamId);
    if (!id) continue;
    const stream = byId.get(id);
    if (stream) stream.push(event);
    else byId.set(id, [event]);
  }
  return byId;
}
