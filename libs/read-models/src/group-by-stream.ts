import type { RecordedEvent } from '@closeloop/event-store';

/** The events of one batch, by the entity id their stream belongs to (other streams skipped). */
export function groupByStream(
  events: readonly RecordedEvent[],
  idOf: (streamId: string) => string | undefined,
): Map<string, RecordedEvent[]> {
  const byId = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const id = idOf(event.streamId);
    if (id) byId.set(id, [...(byId.get(id) ?? []), event]);
  }
  return byId;
}
