/**
 * Dates for tests that file items on the real stack, derived from today in Asia/Shanghai and from the working
 * calendar the stack seeds (chinese-days), never from "now + 1 day": a test must pass on a Friday night, on the
 * eve of a holiday and on 31 December alike.
 */
import { officialCalendarYear } from '@closeloop/calendar';
import { type CalendarData, addCalendarDays, addWorkingDays, dateOf, isWorkingDay, weekdayOf } from '@closeloop/domain';

/** Today in Asia/Shanghai, the day the stack's clock is in. */
export const todayInShanghai = (now = new Date()): string => dateOf(now);

/** The calendar an item filed today follows (what the stack seeds), from last year to three years ahead. */
export function seededCalendar(now = new Date()): CalendarData {
  const year = Number(todayInShanghai(now).slice(0, 4));
  const years = [year - 1, year, year + 1, year + 2, year + 3].map(officialCalendarYear);
  return {
    holidays: years.flatMap((y) => y.holidays.map((d) => d.date)),
    workdays: years.flatMap((y) => y.workdays.map((d) => d.date)),
  };
}

/** The n-th working day after today under the seeded calendar (n ≥ 1). */
export const workingDaysFromToday = (n: number, now = new Date()): string => addWorkingDays(seededCalendar(now), todayInShanghai(now), n);

/** The last day of the month `months` after this one: a date that stays in the future for the whole run. */
export function endOfMonthAhead(months: number, now = new Date()): string {
  const [year, month] = todayInShanghai(now).split('-').map(Number) as [number, number];
  // Day 0 of the month after the target is the target's last day.
  return new Date(Date.UTC(year, month + months, 0)).toISOString().slice(0, 10);
}

/**
 * A Friday at least `minDaysAhead` away in an ordinary week: Monday to the next Monday follow the plain week under
 * `calendar` (no holiday, no make-up day), so that a test can move holidays around it and know the answer.
 */
export function ordinaryFriday(calendar: CalendarData, minDaysAhead: number, now = new Date()): string {
  let day = addCalendarDays(todayInShanghai(now), minDaysAhead);
  while (weekdayOf(day) !== 5) day = addCalendarDays(day, 1);
  const ordinary = (friday: string) =>
    Array.from({ length: 8 }, (_, i) => addCalendarDays(friday, i - 4)).every(
      (d) => isWorkingDay(calendar, d) === (weekdayOf(d) !== 0 && weekdayOf(d) !== 6),
    );
  while (!ordinary(day)) day = addCalendarDays(day, 7);
  return day;
}
