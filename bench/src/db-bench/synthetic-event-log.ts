import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { seededCalendars } from '../synthetic/calendars';
import { syntheticLog } from '../synthetic/synthetic-log';
import { EventCopyFile, eventCopyColumns } from './event-copy-file';
import type { ServerFiles } from './server-files';

/** Items of the full-scale log (benchmarks 5 and 6). */
export const FULL_SCALE_ITEMS = 100_000;
/** Lives simulated with the decider (the rest are their replicas in sibling plans): its working-day arithmetic is slow. */
const DISTINCT_LIVES = 10_000;
export const siblingsForItems = (items: number): number => Math.max(1, Math.ceil(items / DISTINCT_LIVES));

export interface LoadedLog {
  items: number;
  events: number;
  bytes: number;
  byType: Record<string, number>;
  generateSeconds: number;
  copySeconds: number;
}

/**
 * Simulates `items` items' lives with the real decider (synthetic-log), writes them as event rows and bulk-loads
 * them into `db`'s events table with one server-side COPY, then moves the position sequence past them. Plans hold
 * `itemsPerPlan` items (2,000 unless given).
 */
export async function loadSyntheticLog(
  db: Kysely<Database>,
  files: ServerFiles,
  { items, siblingsPerRound, itemsPerPlan }: { items: number; siblingsPerRound: number; itemsPerPlan?: number },
  log: (m: string) => void,
): Promise<LoadedLog> {
  const calendarFor = await seededCalendars(db);
  const file = new EventCopyFile(files.path('events.copy'));
  const byType: Record<string, number> = {};
  let started = performance.now();
  let appends = 0;
  for (const append of syntheticLog(items, calendarFor, siblingsPerRound, itemsPerPlan)) {
    file.write(append);
    for (const event of append.events) byType[event.type] = (byType[event.type] ?? 0) + 1;
    if (++appends % 200_000 === 0) log(`generated ${file.rows} events`);
  }
  file.close();
  const generateSeconds = (performance.now() - started) / 1000;
  log(`generated ${file.rows} events of ${items} items (${Math.round(file.bytes / 2 ** 20)} MiB) in ${generateSeconds.toFixed(1)} s`);

  started = performance.now();
  await sql.raw(`copy events (${eventCopyColumns.join(', ')}) from '${file.file}'`).execute(db);
  await sql`select setval('events_global_position_seq', (select max(global_position) from events))`.execute(db);
  await sql`analyze events`.execute(db);
  const copySeconds = (performance.now() - started) / 1000;
  log(`loaded them with COPY in ${copySeconds.toFixed(1)} s`);
  return { items, events: file.rows, bytes: file.bytes, byType, generateSeconds, copySeconds };
}
