import { dateOf } from '@closeloop/domain';

/** The calendar years an item's timers can touch: from today to a year past its deadline (or two, without one). */
export function calendarYearsFor(deadline: string | null, now = new Date()): { from: number; to: number } {
  const from = Number(dateOf(now).slice(0, 4));
  const to = deadline ? Math.max(from, Number(deadline.slice(0, 4))) + 1 : from + 2;
  return { from, to };
}
