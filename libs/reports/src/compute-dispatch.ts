import { type ReportEvent, type UnitName, foldLogAsOf, nameLookup } from './log-as-of';
import { type Period, containsDate, parseWeek } from './periods';

/**
 * The weekly dispatch (周调度), as of the week's cut-off (next Monday 00:00 +08:00), per responsible unit.
 *
 * An item belongs to the unit responsible for it at the cut-off (ItemAssigned, then ItemReassigned);
 * facts counted as events (reports missed) belong to the unit responsible when they happened, so a unit
 * is never charged with a lapse from before an item was handed to it.
 *
 * - `items`: items the unit is responsible for (any status);
 * - `open`: not closed nor consolidated;
 * - `dueThisWeek`: the deadline as of the cut-off (filed, moved by ExtensionApproved or ItemReopened) is a
 *   date of the week (any status: an item closed ahead of its deadline still fell due);
 * - `overdue`: open, with an ItemOverdue not cleared since by an approved extension, a reopening or a
 *   closure. An item due on the week's last day turns overdue at the cut-off instant; its ItemOverdue is
 *   recorded just after, so it shows in the next week's dispatch;
 * - `reported`: items with at least one ProgressReported whose business time is in the week;
 * - `notReported`: open items the current unit has acknowledged, without such a report;
 * - `reportsMissed`: ReportMissed events in the week.
 */
export interface DispatchCounts {
  items: number;
  open: number;
  dueThisWeek: number;
  overdue: number;
  reported: number;
  notReported: number;
  reportsMissed: number;
}

export interface DispatchRow extends DispatchCounts {
  unitId: string;
  name: string;
}

export interface DispatchReport {
  kind: 'dispatch';
  /** `2026-W47`. */
  period: string;
  /** The week's first instant and its cut-off (RFC 3339, UTC). */
  from: string;
  cutoff: string;
  timezone: 'Asia/Shanghai';
  /** One row per unit, by unit id. */
  units: DispatchRow[];
  totals: DispatchCounts;
}

const zero = (): DispatchCounts => ({ items: 0, open: 0, dueThisWeek: 0, overdue: 0, reported: 0, notReported: 0, reportsMissed: 0 });

/** Pure: the dispatch of a week from the log (in global order) and the units' names. */
export function computeDispatch(events: Iterable<ReportEvent>, units: readonly UnitName[], week: Period | string): DispatchReport {
  const period = typeof week === 'string' ? parseWeek(week) : week;
  if (period.kind !== 'dispatch') throw new Error(`the dispatch is weekly, not for ${period.id}`);
  const from = period.start.getTime();
  const cutoff = period.end.getTime();
  const inWeek = (at: number) => at >= from && at < cutoff;
  const { items, facts } = foldLogAsOf(events, period.end);

  const rows = new Map<string, DispatchCounts>();
  const rowOf = (unitId: string) => rows.get(unitId) ?? rows.set(unitId, zero()).get(unitId)!;
  for (const item of items.values()) {
    if (!item.unitId) continue;
    const row = rowOf(item.unitId);
    const open = item.status === 'open';
    const reported = item.reportTimes.some(inWeek);
    row.items += 1;
    if (open) row.open += 1;
    if (item.deadline && containsDate(period, item.deadline)) row.dueThisWeek += 1;
    if (open && item.overdue) row.overdue += 1;
    if (reported) row.reported += 1;
    else if (open && item.acknowledged) row.notReported += 1;
  }
  for (const fact of facts) {
    if (fact.type === 'ReportMissed' && inWeek(fact.at)) rowOf(fact.unitId).reportsMissed += 1;
  }

  const name = nameLookup(units);
  const unitRows = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, counts]) => ({ unitId, name: name(unitId), ...counts }));
  const totals = zero();
  for (const row of unitRows) for (const key of Object.keys(totals) as (keyof DispatchCounts)[]) totals[key] += row[key];
  return {
    kind: 'dispatch',
    period: period.id,
    from: period.start.toISOString(),
    cutoff: period.end.toISOString(),
    timezone: 'Asia/Shanghai',
    units: unitRows,
    totals,
  };
}
