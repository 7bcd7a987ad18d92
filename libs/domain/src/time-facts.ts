import { endOfDay } from './calendar-date';
import { subtractDuration } from './duration';
import type { ItemEvent } from './events';
import type { FiledItem } from './state';

/** A fact that becomes true at an instant unless something happens first. */
interface TimeFact {
  at: Date;
  event: (at: string) => ItemEvent;
}

const working = (item: FiledItem) => item.status === 'assigned' || item.status === 'in_progress';

/** Every time-driven fact still ahead of (or overdue for) this item, with the instant it falls due. */
export function pendingTimeFacts(item: FiledItem): TimeFact[] {
  const itemId = item.itemId;
  const facts: TimeFact[] = [];
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
    }
    const deadline = item.deadline;
    if (deadline && !item.overdue) {
      const due = endOfDay(deadline);
      facts.push({ at: due, event: (at) => ({ type: 'ItemOverdue', data: { itemId, deadline, at } }) });
      if (!item.dueSoon) {
        facts.push({
          at: subtractDuration(due, item.policy.dueSoonBefore),
          event: (at) => ({ type: 'DeadlineApproaching', data: { itemId, deadline, at } }),
        });
      }
    }
  }
  if (item.status === 'closed') {
    for (const r of item.revisits.filter((r) => r.status === 'scheduled')) {
      facts.push({ at: new Date(r.dueAt), event: (at) => ({ type: 'RevisitDue', data: { itemId, revisitId: r.revisitId, at } }) });
    }
  }
  return facts;
}

/** The facts due at `now`. Once overdue, the "due soon" warning is moot and is not recorded. */
export function dueTimeFacts(item: FiledItem, now: Date): ItemEvent[] {
  const due = pendingTimeFacts(item)
    .filter((f) => f.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((f) => f.event(now.toISOString()));
  const overdue = due.some((e) => e.type === 'ItemOverdue');
  return overdue ? due.filter((e) => e.type !== 'DeadlineApproaching') : due;
}

/** When the workflow should next wake up to record time-driven facts; undefined when nothing is ahead. */
export function nextWakeUp(item: FiledItem): Date | undefined {
  const times = pendingTimeFacts(item).map((f) => f.at.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}
