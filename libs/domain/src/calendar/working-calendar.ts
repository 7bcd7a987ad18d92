import { addCalendarDays, assertCalendarDate } from './day-arithmetic';

/**
 * The official calendar of Asia/Shanghai as data: statutory holidays (法定节假日, including the weekend days
 * inside a holiday block) and make-up working days (调休上班) that fall on a Saturday or Sunday. Every other
 * day follows the week: Monday to Friday work, Saturday and Sunday rest. Dates are `YYYY-MM-DD`.
 * A value: recorded in events and item state, never mutated once built.
 */
export interface CalendarData {
  holidays: string[];
  workdays: string[];
}

/** Holidays and make-up days as day numbers (days since 1970-01-01): the loops below step through integers. */
interface CalendarIndex {
  holidays: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
}

// Sets built once per calendar value (calendars are immutable values; the cache holds no other state).
const indexes = new WeakMap<CalendarData, CalendarIndex>();

function indexOf(calendar: CalendarData): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = { holidays: new Set(calendar.holidays.map(dayNumber)), workdays: new Set(calendar.workdays.map(dayNumber)) };
    indexes.set(calendar, index);
  }
  return index;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 1970-01-01 was a Thursday (4); 0 = Sunday … 6 = Saturday. */
function isWorkingDayNumber({ holidays, workdays }: CalendarIndex, day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6 ? workdays.has(day) : !holidays.has(day);
}

/** Monday to Friday unless a holiday; Saturday and Sunday only when a make-up working day. */
export function isWorkingDay(calendar: CalendarData, date: string): boolean {
  assertCalendarDate(date);
  return isWorkingDayNumber(indexOf(calendar), dayNumber(date));
}

/** `date` itself when it is a working day, else the first working day after it (a date on a holiday rolls forward). */
export function nextWorkingDayOnOrAfter(calendar: CalendarData, date: string): string {
  let day = date;
  // Ends: a calendar lists finitely many holidays, so some later weekday is a working day.
  while (!isWorkingDay(calendar, day)) day = addCalendarDays(day, 1);
  return day;
}

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself for n = 0.
 * `date` need not be a working day: 5 working days after a holiday count from the day after it.
 */
export function addWorkingDays(calendar: CalendarData, date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`the number of working days must be an integer, not ${n}`);
  assertCalendarDate(date);
  const step = n < 0 ? -1 : 1;
  const index = indexOf(calendar);
  let day = dayNumber(date);
  for (let remaining = Math.abs(n); remaining > 0;) {
    day += step;
    if (isWorkingDayNumber(index, day)) remaining--;
  }
  return dateOfDayNumber(day);
}

/**
 * How many working days lie in (from, to]: `from` excluded, `to` included, so that
 * `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n` for n ≥ 0. Negative when `to` is before `from`.
 */
export function workingDaysBetween(calendar: CalendarData, from: string, to: string): number {
  assertCalendarDate(from, 'from');
  assertCalendarDate(to, 'to');
  if (to < from) return -workingDaysBetween(calendar, to, from);
  const index = indexOf(calendar);
  const last = dayNumber(to);
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= last; day++) {
    if (isWorkingDayNumber(index, day)) count++;
  }
  return count;
}
