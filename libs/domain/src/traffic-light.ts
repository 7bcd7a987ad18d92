import { endOfDay } from './calendar-date';
import type { FiledItem } from './state';
import { effectiveDeadline } from './working-time';

/** 红黄绿灯: on track, at risk, overdue. */
export const trafficLights = ['green', 'yellow', 'red'] as const;
export type TrafficLight = (typeof trafficLights)[number];

/** How far (in percentage points) a report may trail the time-proportional progress (序时进度) before it shows. */
export const BEHIND_SCHEDULE_TOLERANCE = 20;

/** 序时进度: the share of the time from acknowledgement to the deadline that had passed at an instant. */
export function expectedPercentAt(item: FiledItem, instant: string): number | undefined {
  const deadline = effectiveDeadline(item);
  const start = item.cadenceAnchor ?? item.acknowledgedAt;
  if (!deadline || !start) return undefined;
  const span = endOfDay(deadline).getTime() - Date.parse(start);
  if (span <= 0) return 100;
  return Math.min(100, Math.max(0, ((Date.parse(instant) - Date.parse(start)) / span) * 100));
}

/** Whether the last report trailed the time-proportional progress at the moment it was made. */
export function behindSchedule(item: FiledItem): boolean {
  if (!item.lastReportAt) return false;
  const expected = expectedPercentAt(item, item.lastReportAt);
  return expected !== undefined && item.percent + BEHIND_SCHEDULE_TOLERANCE < expected;
}

/**
 * 红黄绿灯 from the recorded facts: red when overdue; yellow when due soon, a milestone was missed, a
 * report was missed, or the last report trailed the time-proportional progress; green otherwise.
 */
export function trafficLight(item: FiledItem): TrafficLight {
  if (item.status === 'closed' || item.status === 'consolidated') return 'green';
  if (item.overdue) return 'red';
  const missedMilestone = item.milestones.some((m) => m.missed && !m.reached);
  if (item.dueSoon || missedMilestone || (item.missedReportsInARow ?? 0) > 0 || behindSchedule(item)) return 'yellow';
  return 'green';
}
