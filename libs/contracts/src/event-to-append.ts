import type { EventMetadata } from '@closeloop/domain';

/** An event as the workflow hands it to the event store (same shape as the store's EventToAppend). */
export interface EventToAppendContract {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata & Record<string, unknown>;
}
