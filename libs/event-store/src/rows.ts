import type { Database } from '@closeloop/db';
import type { Selectable } from 'kysely';
import type { RecordedEvent } from './types';

export const toRecordedEvent = (row: Selectable<Database['events']>): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  globalPosition: row.global_position,
  recordedAt: row.recorded_at,
});
