import { type CalendarDay, type CalendarYear, isWeekend } from '@closeloop/domain';
import { getDayDetail, getHolidaysInRange, getWorkdaysInRange } from 'chinese-days';

/** The years to probe: chinese-days starts at 2004 and does not say where its data ends. */
const PROBE_FROM = 2004;
const PROBE_TO = 2100;

/**
 * chinese-days reads and prints dates with the host's local clock (it parses `YYYY-MM-DD` as UTC midnight, which
 * is the day before west of Greenwich); local noon names the same day in every time zone.
 */
function localNoon(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/** chinese-days names a holiday's days "Spring Festival,春节,4"; a day outside any holiday by its weekday ("Monday"). */
function festivalOf(date: string): string | undefined {
  const [, chinese] = getDayDetail(localNoon(date)).name.split(',');
  return chinese?.trim() || undefined;
}

const named = (date: string): CalendarDay | undefined => {
  const name = festivalOf(date);
  return name ? { date, name } : undefined;
};

const isDay = (day: CalendarDay | undefined): day is CalendarDay => day !== undefined;

/**
 * The official calendar of one year as chinese-days publishes it: holidays are the days off that belong to a
 * festival (including the weekend days inside a holiday block), make-up workdays the Saturdays and Sundays that
 * are working days (调休上班). Both empty for a year the package has no data for.
 */
export function officialCalendarYear(year: number): CalendarYear {
  assertZoneReadable(year);
  const first = localNoon(`${year}-01-01`);
  const last = localNoon(`${year}-12-31`);
  const holidays = getHolidaysInRange(first, last, false)
    .filter((date) => !getDayDetail(localNoon(date)).work)
    .map(named)
    .filter(isDay);
  const workdays = getWorkdaysInRange(first, last, true).filter(isWeekend).map(named).filter(isDay);
  return { year, holidays, workdays };
}

/**
 * chinese-days builds its tables at load time by printing UTC midnights with the local clock: west of UTC every
 * date comes out a day early (春节 from 14 Feb). Refuse rather than seed a shifted calendar.
 */
function assertZoneReadable(year: number): void {
  const west = [0, 6].some((month) => new Date(Date.UTC(year, month, 1)).getDate() !== 1);
  if (west) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    throw new Error(`chinese-days shifts every date by a day west of UTC (time zone ${zone}): run with TZ=Asia/Shanghai or TZ=UTC`);
  }
}

let covered: number[] | undefined;

/**
 * The years chinese-days has data for. The package does not expose them, so every year from 2004 to 2100 is
 * probed for a named holiday (about a tenth of a second, once per process).
 */
export function coveredYears(): number[] {
  assertZoneReadable(PROBE_FROM);
  covered ??= Array.from({ length: PROBE_TO - PROBE_FROM + 1 }, (_, i) => PROBE_FROM + i).filter(
    (year) => getHolidaysInRange(localNoon(`${year}-01-01`), localNoon(`${year}-12-31`), false).length > 0,
  );
  return [...covered];
}
