import { addCalendarDays, assertCalendarDate, isWeekend } from './day-arithmetic';

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

interface CalendarIndex {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

// Sets built once per calendar value (calendars are immutable values; the cache holds no other state).
const indexes = new WeakMap<CalendarData, CalendarIndex>();

function indexOf(calendar: CalendarData): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = { holidays: new Set(calendar.holidays), workdays: new Set(calendar.workdays) };
    indexes.set(calendar, index);
  }
  return index;
}

/** Monday to Friday unless a holiday; Saturday and Sunday only when a make-up working day. */
export function isWorkingDay(calendar: CalendarData, date: string): boolean {
  assertCalendarDate(date);
  const { holidays, workdays } = indexOf(calendar);
  return isWeekend(date) ? workdays.has(date) : !holidays.has(date);
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
  let day = date;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(calendar, day)) remaining--;
  }
  return day;
}

/**
 * How many working days lie in (from, to]: `from` excluded, `to` included, so that
 * `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n` for n ≥ 0. Negative when `to` is before `from`.
 */
export function workingDaysBetween(calendar: CalendarData, from: string, to: string): number {
  assertCalendarDate(from, 'from');
  assertCalendarDate(to, 'to');
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}
