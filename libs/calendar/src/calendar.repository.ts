import type { Database } from '@closeloop/db';
import type { CalendarChanged, CalendarData, CalendarDay, CalendarYear } from '@closeloop/domain';
import { type Insertable, type Kysely, type Transaction, sql } from 'kysely';
import { calendarStreamId } from './calendar-stream';
import { coveredYears, officialCalendarYear } from './seed';

type CalendarDays = Pick<CalendarYear, 'holidays' | 'workdays'>;
type Row = Insertable<Database['calendar_days']>;

/** Serialises the writers of one year (seeding, replacing) until the end of the caller's transaction. */
export async function lockCalendarYear(trx: Transaction<Database>, year: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('calendar_days'), ${year}::int)`.execute(trx);
}

/**
 * Loads the official calendar of every year chinese-days covers that has no rows yet, in one transaction; returns
 * the years it loaded. Idempotent. A year an admin has changed (its `calendar-<year>` stream has events) is never
 * loaded again, even if the change emptied it.
 */
export async function seedCalendarIfEmpty(db: Kysely<Database>): Promise<number[]> {
  const years = coveredYears();
  if (years.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    for (const year of years) await lockCalendarYear(trx, year);
    const withRows = await trx.selectFrom('calendar_days').select('year').distinct().where('year', 'in', years).execute();
    const changed = await trx
      .selectFrom('events')
      .select('stream_id')
      .distinct()
      .where('stream_id', 'in', years.map(calendarStreamId))
      .execute();
    const skip = new Set([...withRows.map((r) => calendarStreamId(r.year)), ...changed.map((r) => r.stream_id)]);
    const missing = years.filter((year) => !skip.has(calendarStreamId(year)));
    const rows = missing.flatMap((year) => rowsOf(year, officialCalendarYear(year)));
    if (rows.length > 0)
      await trx
        .insertInto('calendar_days')
        .values(rows)
        .onConflict((oc) => oc.column('date').doNothing())
        .execute();
    return missing;
  });
}

/** One year as stored: holidays and make-up workdays in date order (both empty for a year never loaded). */
export async function readCalendarYear(db: Kysely<Database>, year: number): Promise<CalendarYear> {
  const rows = await db.selectFrom('calendar_days').select(['date', 'kind', 'name']).where('year', '=', year).orderBy('date').execute();
  const of = (kind: Row['kind']): CalendarDay[] => rows.filter((r) => r.kind === kind).map(({ date, name }) => ({ date, name }));
  return { year, holidays: of('holiday'), workdays: of('workday') };
}

/** Replaces every row of `year` with `days` inside the caller's transaction. Dates outside the year are a bug. */
export async function replaceCalendarYear(trx: Transaction<Database>, year: number, days: CalendarDays): Promise<void> {
  const rows = rowsOf(year, days);
  const stray = rows.find((r) => !r.date.startsWith(`${year}-`));
  if (stray) throw new RangeError(`${stray.date} is not in ${year}`);
  await lockCalendarYear(trx, year);
  await trx.deleteFrom('calendar_days').where('year', '=', year).execute();
  if (rows.length > 0) await trx.insertInto('calendar_days').values(rows).execute();
}

/** The last change an admin recorded for `year` (its days and when), if any. */
export async function latestCalendarChange(db: Kysely<Database>, year: number): Promise<CalendarChanged['data'] | undefined> {
  const row = await db
    .selectFrom('events')
    .select('data')
    .where('stream_id', '=', calendarStreamId(year))
    .where('type', '=', 'CalendarChanged')
    .orderBy('stream_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.data as CalendarChanged['data'] | undefined;
}

/** The holidays and make-up workdays of fromYear..toYear (inclusive), as the domain's working-day rules read them. */
export async function loadCalendarData(db: Kysely<Database>, fromYear: number, toYear: number): Promise<CalendarData> {
  const rows = await db
    .selectFrom('calendar_days')
    .select(['date', 'kind'])
    .where('year', '>=', fromYear)
    .where('year', '<=', toYear)
    .orderBy('date')
    .execute();
  return {
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
  };
}

const rowsOf = (year: number, { holidays, workdays }: CalendarDays): Row[] => [
  ...holidays.map(({ date, name }) => ({ date, year, kind: 'holiday' as const, name })),
  ...workdays.map(({ date, name }) => ({ date, year, kind: 'workday' as const, name })),
];
