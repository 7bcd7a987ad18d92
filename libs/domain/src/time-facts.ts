import { nextReportDue } from './cadence';
import { endOfDay } from './calendar-date';
import { subtractDuration } from './duration';
import { ladderCheckpoints } from './escalation';
import type { ItemEvent } from './events';
import type { FiledItem } from './state';
import { beforeInstant, effectiveDeadline, reminderInstant } from './working-time';

/** A fact that becomes true at an instant unless something happens first; a bare checkpoint has no event. */
interface TimeFact {
  at: Date;
  event?: (at: string) => ItemEvent;
}

const working = (item: FiledItem) => item.status === 'assigned' || item.status === 'in_progress';

/** Every time-driven fact still ahead of (or overdue for) this item, with the instant it falls due. */
export function pendingTimeFacts(item: FiledItem): TimeFact[] {
  const itemId = item.itemId;
  const facts: TimeFact[] = [];
  const remindBefore = item.policy.remindBefore;
  const remindBeforeDeadline = item.policy.remindBeforeDeadline ?? remindBefore;
  const remind = (key: string, subject: 'report' | 'milestone' | 'deadline', dueAt: Date, reminderAt: Date) => {
    if (item.remindersSent.includes(key)) return;
    facts.push({
      at: reminderInstant(item, reminderAt, dueAt),
      event: (at) => ({ type: 'ReminderDue', data: { itemId, subject, key, dueAt: dueAt.toISOString(), at } }),
    });
  };

  const notice = item.closureRequest?.noticeEndsAt;
  if (item.status === 'in_public_notice' && notice) {
    facts.push({ at: new Date(notice), event: (at) => ({ type: 'PublicNoticeEnded', data: { itemId, at } }) });
  }
  if (working(item)) {
    for (const m of item.milestones.filter((m) => !m.reached && !m.missed)) {
      facts.push({
        at: endOfDay(m.due),
        event: (at) => ({ type: 'MilestoneMissed', data: { itemId, milestoneId: m.id, due: m.due, at } }),
      });
      if (remindBeforeDeadline) {
        remind(`milestone:${m.id}:${m.due}`, 'milestone', endOfDay(m.due), beforeInstant(item, m.due, remindBeforeDeadline));
      }
    }
    const deadline = effectiveDeadline(item);
    if (deadline && !item.overdue) {
      const due = endOfDay(deadline);
      facts.push({ at: due, event: (at) => ({ type: 'ItemOverdue', data: { itemId, deadline, at } }) });
      if (!item.dueSoon) {
        facts.push({
          at: beforeInstant(item, deadline, item.policy.dueSoonBefore),
          event: (at) => ({ type: 'DeadlineApproaching', data: { itemId, deadline, at } }),
        });
      }
      if (remindBeforeDeadline) remind(`deadline:${deadline}`, 'deadline', due, beforeInstant(item, deadline, remindBeforeDeadline));
    }
  }
  const report = nextReportDue(item);
  if (report !== undefined) {
    const { period, dueAt: end } = report;
    const missedInARow = item.missedReportsInARow + 1;
    facts.push({
      at: end,
      event: (at) => ({ type: 'ReportMissed', data: { itemId, period, dueAt: end.toISOString(), missedInARow, at } }),
    });
    if (remindBefore) remind(`report:${item.cadenceAnchor}:${period}`, 'report', end, subtractDuration(end, remindBefore));
  }
  if (item.status === 'closed') {
    for (const r of item.revisits.filter((r) => r.status === 'scheduled')) {
      facts.push({ at: new Date(r.dueAt), event: (at) => ({ type: 'RevisitDue', data: { itemId, revisitId: r.revisitId, at } }) });
    }
  }
  for (const at of ladderCheckpoints(item)) facts.push({ at });
  return facts;
}

/** The facts due at `now`. Once overdue, the "due soon" warning and the deadline reminder are moot. */
export function dueTimeFacts(item: FiledItem, now: Date): ItemEvent[] {
  const due = pendingTimeFacts(item)
    .filter((f) => f.at.getTime() <= now.getTime() && f.event)
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((f) => f.event!(now.toISOString()));
  const overdue = due.some((e) => e.type === 'ItemOverdue');
  return overdue
    ? due.filter((e) => e.type !== 'DeadlineApproaching' && !(e.type === 'ReminderDue' && e.data.subject === 'deadline'))
    : due;
}

/**
 * When the workflow should next wake up to record time-driven facts; undefined when nothing is ahead.
 * Bare checkpoints (a ladder rung to re-evaluate) count only while they are still ahead of `now`.
 */
export function nextWakeUp(item: FiledItem, now?: Date): Date | undefined {
  const times = pendingTimeFacts(item)
    .filter((f) => f.event || !now || f.at.getTime() > now.getTime())
    .map((f) => f.at.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}
