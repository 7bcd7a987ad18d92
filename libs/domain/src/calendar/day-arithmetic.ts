import { isCalendarDate } from '../calendar-date';

const DAY_MS = 86_400_000;

/** Throws on anything but a real `YYYY-MM-DD` date: a calendar question about a bad date is a bug. */
export function assertCalendarDate(date: string, what = 'date'): void {
  if (!isCalendarDate(date)) throw new RangeError(`${what} must be a real date as YYYY-MM-DD, not ${JSON.stringify(date)}`);
}

/** 0 = Sunday … 6 = Saturday. A date names a day in Shanghai; its weekday does not depend on any time zone. */
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isWeekend = (date: string): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

/** The date `days` days after `date` (before it when negative). */
export const addCalendarDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
