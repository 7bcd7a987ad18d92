import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';

export const plainEventsTable = 'events_plain';

/**
 * A fresh table of the events table's shape — the same columns, defaults, primary key and unique keys (event id;
 * stream and version) — without the store's checks around it: no version check, no idempotency lookup, no
 * projections, no transaction beyond the INSERT itself.
 */
export async function createPlainEventsTable(db: Kysely<Database>): Promise<void> {
  await sql`drop table if exists ${sql.table(plainEventsTable)}`.execute(db);
  await sql`
    create table ${sql.table(plainEventsTable)} (
      global_position bigserial primary key,
      stream_id text not null,
      stream_version integer not null,
      event_id uuid not null unique,
      type text not null,
      data jsonb not null,
      metadata jsonb not null,
      recorded_at timestamptz not null default now(),
      unique (stream_id, stream_version)
    )`.execute(db);
}
