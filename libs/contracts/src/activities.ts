import type { EventToAppendContract } from './event-to-append';

export interface AppendItemEventsInput {
  itemId: string;
  expectedVersion: number;
  events: EventToAppendContract[];
}

export interface AppendItemEventsResult {
  version: number;
}

/** The side effects an item workflow may ask for. */
export interface ItemActivities {
  appendItemEvents(input: AppendItemEventsInput): Promise<AppendItemEventsResult>;
}

/** ApplicationFailure type raised when the stream moved under the workflow (never retried). */
export const STREAM_VERSION_CONFLICT = 'StreamVersionConflict';
