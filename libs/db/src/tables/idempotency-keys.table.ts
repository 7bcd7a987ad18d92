import type { ColumnType } from 'kysely';

export interface IdempotencyKeysTable {
  principal_id: string;
  key: string;
  request_hash: string;
  /** null while the first request is still running. */
  status: number | null;
  response: ColumnType<unknown, string | null, string>;
  created_at: ColumnType<Date, never, never>;
}
