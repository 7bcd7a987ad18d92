import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface EventsTable {
  global_position: Generated<number>;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  data: JSONColumnType<Record<string, unknown>>;
  metadata: JSONColumnType<Record<string, unknown>>;
  recorded_at: ColumnType<Date, never, never>;
}
