import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import type { ServerFiles } from './server-files';

/**
 * The baseline of a rebuild: PostgreSQL's own bulk path over the same rows, `COPY events TO` a file and `COPY … FROM`
 * it into a fresh table of the same shape (columns, keys and indexes). Returns seconds for both together.
 */
export async function copyRoundTripSeconds(
  db: Kysely<Database>,
  files: ServerFiles,
): Promise<{ seconds: number; out: number; in: number }> {
  const file = files.path('events-round-trip.copy');
  await sql`drop table if exists events_copy`.execute(db);
  await sql`create table events_copy (like events including all)`.execute(db);
  let started = performance.now();
  await sql.raw(`copy events to '${file}'`).execute(db);
  const out = (performance.now() - started) / 1000;
  started = performance.now();
  await sql.raw(`copy events_copy from '${file}'`).execute(db);
  const into = (performance.now() - started) / 1000;
  await sql`drop table events_copy`.execute(db);
  return { seconds: out + into, out, in: into };
}
