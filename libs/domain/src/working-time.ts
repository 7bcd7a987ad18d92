import {
  type CalendarData,
  addWorkingDays,
  lastOfficeOpeningBefore,
  nextOfficeInstant,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from './calendar';
import { dateOf, endOfDay } from './calendar-date';
import { subtractDuration } from './duration';
import type { FiledItem } from './state';

const noHolidays: CalendarData = { holidays: [], workdays: [] };

export const calendarOf = (item: FiledItem): CalendarData => item.calendar ?? noHolidays;

/** A deadline on a holiday or weekend rolls to the next working day (when the item follows a calendar). */
export function effectiveDeadline(item: FiledItem): string | null {
  if (!item.deadline) return null;
  return item.calendar ? nextWorkingDayOnOrAfter(item.calendar, item.deadline) : item.deadline;
}

/** `before` ahead of an instant, in working days when the policy counts them and the duration is `P<n>D`. */
export function beforeInstant(item: FiledItem, dueDate: string, before: string): Date {
  const workingDays = /^P(\d+)D$/.exec(before);
  if (item.policy.dayCount === 'working' && workingDays) {
    return endOfDay(addWorkingDays(calendarOf(item), dueDate, -Number(workingDays[1])));
  }
  return subtractDuration(endOfDay(dueDate), before);
}

/**
 * When a reminder of something due at `dueAt` goes out. When the policy counts working days: at office hours on a
 * working day, and never at or after `dueAt` (a reminder falling on a rest day before a report due on a Sunday goes
 * out at the last opening before it, not on Monday, when the report is already missed).
 */
export function reminderInstant(item: FiledItem, reminderAt: Date, dueAt: Date): Date {
  if (item.policy.dayCount !== 'working') return reminderAt;
  const calendar = calendarOf(item);
  const office = nextOfficeInstant(calendar, reminderAt);
  return office.getTime() < dueAt.getTime() ? office : lastOfficeOpeningBefore(calendar, dueAt);
}

/** Whole working days past the deadline, counted up to (not including) today in Asia/Shanghai. */
export function workingDaysOverdue(item: FiledItem, now: Date): number {
  const deadline = effectiveDeadline(item);
  if (!deadline || !item.overdue) return 0;
  const yesterday = dateOf(new Date(now.getTime() - 86_400_000));
  return yesterday <= deadline ? 0 : workingDaysBetween(calendarOf(item), deadline, yesterday);
}

/** When the item will have been overdue for `n` working days. */
export function overdueByWorkingDaysAt(item: FiledItem, n: number): Date | undefined {
  const deadline = effectiveDeadline(item);
  return deadline ? endOfDay(addWorkingDays(calendarOf(item), deadline, n)) : undefined;
}
