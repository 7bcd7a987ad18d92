import { type CalendarData, type PlanPolicy, addCalendarDays, dateOf, endOfDay, nextWorkingDayOnOrAfter } from '@closeloop/domain';

export interface ReminderPlan {
  /** Every item's deadline (a date in Asia/Shanghai). */
  deadline: string;
  policy: PlanPolicy;
}

/**
 * A plan whose deadline reminder falls due at `dueAt` for every item with `deadline`: the reminder is
 * `remindBeforeDeadline` ahead of the end of the (effective) deadline day. Days are natural (`dayCount` unset), so
 * the reminder is not moved to office hours; the deadline is rolled past holidays and weekends exactly as the
 * product does when an item carries a calendar. "Due soon" comes a day before the deadline, long after the reminder.
 */
export function reminderPlanFor(dueAt: Date, calendar: CalendarData): ReminderPlan {
  const deadline = addCalendarDays(dateOf(dueAt), 2);
  const beforeMs = endOfDay(nextWorkingDayOnOrAfter(calendar, deadline)).getTime() - dueAt.getTime();
  if (beforeMs % 1000 !== 0) throw new Error(`due instant ${dueAt.toISOString()} is not on a whole second`);
  const seconds = beforeMs / 1000;
  const remindBeforeDeadline = `PT${Math.floor(seconds / 3600)}H${Math.floor((seconds % 3600) / 60)}M${seconds % 60}S`;
  return {
    deadline,
    policy: { dueSoonBefore: 'P1D', revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'], remindBeforeDeadline },
  };
}
