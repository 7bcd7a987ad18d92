import type { EventToAppendContract } from './event-to-append';

export interface AppendItemEventsInput {
  itemId: string;
  expectedVersion: number;
  events: EventToAppendContract[];
}

export interface AppendItemEventsResult {
  version: number;
}

export interface AllocateDocumentNumberInput {
  /** The event the number is for: asking twice for the same event gives the same number. */
  eventId: string;
  /** 督办 or 约谈. */
  kind: string;
  year: number;
}

/** The side effects an item workflow may ask for. */
export interface ItemActivities {
  appendItemEvents(input: AppendItemEventsInput): Promise<AppendItemEventsResult>;
  /** The next number in the year's series, e.g. 督办〔2026〕17号. */
  allocateDocumentNumber(input: AllocateDocumentNumberInput): Promise<string>;
}

/** ApplicationFailure type raised when the stream moved under the workflow (never retried). */
export const STREAM_VERSION_CONFLICT = 'StreamVersionConflict';
