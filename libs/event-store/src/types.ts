import type { Database } from '@closeloop/db';
import type { Transaction } from 'kysely';

export interface EventToAppend {
  /** Minted by the writer (in a workflow: its deterministic uuid4()), so a retried append is recognised. */
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface RecordedEvent extends EventToAppend {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  recordedAt: Date;
}

/** Runs in the append's transaction: the read model commits with the events or not at all. */
export type InlineProjection = (trx: Transaction<Database>, events: readonly RecordedEvent[]) => Promise<void>;

export interface AppendResult {
  /** The stream's version after the append: the expected version for the next one. */
  nextExpectedVersion: number;
  events: RecordedEvent[];
  /** True when these events were already in the log (a retry after commit): nothing was written. */
  alreadyCommitted: boolean;
}
