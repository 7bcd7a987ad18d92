import { addDuration } from './duration';
import type { FiledItem } from './state';

/** The end of report period `k` (1-based) counted from the cadence anchor. */
export function periodEnd(anchor: string, every: string, k: number): Date {
  let end = new Date(anchor);
  for (let i = 0; i < k; i++) end = addDuration(end, every);
  return end;
}

/** The period an instant falls in (1-based), or 0 before the anchor. */
export function periodOf(anchor: string, every: string, instant: string): number {
  if (instant < anchor) return 0;
  let k = 1;
  while (periodEnd(anchor, every, k).toISOString() <= instant) k++;
  return k;
}

/** The next period whose end must be checked for a report: after the last missed and the last reported one. */
export function nextPeriodToCheck(item: FiledItem): number | undefined {
  const { cadenceAnchor: anchor, policy } = item;
  if (!anchor || !policy.reportEvery || item.status !== 'in_progress') return undefined;
  const reported = item.lastReportAt ? periodOf(anchor, policy.reportEvery, item.lastReportAt) : 0;
  return Math.max(item.lastMissedPeriod, reported) + 1;
}

/**
 * The next progress report the cadence asks for: its period and when it is due (the period's end), while the item
 * reports on a cadence (in progress, with `reportEvery`); undefined otherwise. The instant at which the item's
 * workflow records the report as missed (ReportMissed) unless one comes first.
 */
export function nextReportDue(item: FiledItem): { period: number; dueAt: Date } | undefined {
  const period = nextPeriodToCheck(item);
  return period === undefined ? undefined : { period, dueAt: periodEnd(item.cadenceAnchor!, item.policy.reportEvery!, period) };
}
