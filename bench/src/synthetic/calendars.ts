import { loadCalendarData, seedCalendarIfEmpty } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import type { CalendarData } from '@closeloop/domain';
import type { Kysely } from 'kysely';
import { type CalendarFor, simulationEnd, simulationStart } from './specs';

/**
 * Seeds the official calendar into `db` (as `make up` does) and returns what the API attaches to an item filed in
 * `fromYear` with its deadline's years (filed in the simulated year, due by 2028) (loadCalendarData, read once per range; items share the object).
 */
export async function seededCalendars(db: Kysely<Database>): Promise<CalendarFor> {
  const fromYears = [new Date(simulationStart).getUTCFullYear(), new Date(simulationEnd).getUTCFullYear()];
  const toYears = [2026, 2027, 2028, 2029];
  await seedCalendarIfEmpty(db);
  const ranges = new Map<string, CalendarData>();
  for (const from of fromYears) for (const to of toYears) if (to >= from) ranges.set(`${from}-${to}`, await loadCalendarData(db, from, to));
  return (from, to) => {
    const calendar = ranges.get(`${from}-${to}`);
    if (!calendar) throw new Error(`no calendar loaded for ${from}-${to}`);
    return calendar;
  };
}
