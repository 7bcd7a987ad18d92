import { type EscalationLevel, endOfDay, escalationLevels } from '@closeloop/domain';
import { type ItemAsOf, type ReportEvent, type UnitName, foldLogAsOf, nameLookup, ratio } from './log-as-of';
import { type Period, parseMonth } from './periods';

/**
 * The monthly bulletin (月通报), as of the month's cut-off (the 1st of the next month, 00:00 +08:00), per
 * responsible unit, ranked, with the bottom units named (排名靠后).
 *
 * Item measures belong to the unit responsible at the cut-off; event counts (reports made and missed,
 * relapses, escalations) to the unit responsible when the event happened.
 *
 * - `dueByCutoff`: items whose deadline (as of the cut-off) ends (24:00 Shanghai) by the cut-off;
 * - `closedOnTime`: of those, the ones closed at the cut-off whose last ItemClosed came by their deadline's end;
 * - `onTimeClosureRate` = closedOnTime ÷ dueByCutoff (null when nothing is due);
 * - `reportingTimeliness` = ProgressReported ÷ (ProgressReported + ReportMissed), both in the month
 *   (null when neither);
 * - `overdue`: open items overdue at the cut-off (as in the dispatch);
 * - `relapsed`: RelapseFound in the month; `escalations`: EscalationRaised in the month, by level.
 *
 * Ranking: on-time closure rate desc (null last), then reporting timeliness desc (null last), then overdue
 * asc, then relapsed asc, then unit id asc. The bottom units are the last max(1, ⌈10 % of the ranked
 * units⌉) units that are responsible for at least one item.
 */
export interface BulletinRow {
  rank: number;
  unitId: string;
  name: string;
  items: number;
  dueByCutoff: number;
  closedOnTime: number;
  onTimeClosureRate: number | null;
  reportsMade: number;
  reportsMissed: number;
  reportingTimeliness: number | null;
  overdue: number;
  relapsed: number;
  escalations: Record<EscalationLevel, number>;
  /** Named in the bulletin as ranking at the bottom. */
  bottom: boolean;
}

export interface BulletinReport {
  kind: 'bulletin';
  /** `2026-11`. */
  period: string;
  from: string;
  cutoff: string;
  timezone: 'Asia/Shanghai';
  /** In rank order. */
  units: BulletinRow[];
  bottom: { unitId: string; name: string }[];
}

/** Share of ranked units named at the bottom (at least one). */
export const BOTTOM_SHARE = 0.1;

type Tally = Omit<BulletinRow, 'rank' | 'unitId' | 'name' | 'onTimeClosureRate' | 'reportingTimeliness' | 'bottom'>;

const zero = (): Tally => ({
  items: 0,
  dueByCutoff: 0,
  closedOnTime: 0,
  reportsMade: 0,
  reportsMissed: 0,
  overdue: 0,
  relapsed: 0,
  escalations: Object.fromEntries(escalationLevels.map((level) => [level, 0])) as Record<EscalationLevel, number>,
});

const closedOnTime = (item: ItemAsOf, deadlineEnd: number) =>
  item.status !== 'open' && item.closedAt !== undefined && item.closedAt <= deadlineEnd;

/** Pure: the bulletin of a month from the log (in global order) and the units' names. */
export function computeBulletin(events: Iterable<ReportEvent>, units: readonly UnitName[], month: Period | string): BulletinReport {
  const period = typeof month === 'string' ? parseMonth(month) : month;
  if (period.kind !== 'bulletin') throw new Error(`the bulletin is monthly, not for ${period.id}`);
  const from = period.start.getTime();
  const cutoff = period.end.getTime();
  const inMonth = (at: number) => at >= from && at < cutoff;
  const { items, facts } = foldLogAsOf(events, period.end);

  const tallies = new Map<string, Tally>();
  const tallyOf = (unitId: string) => tallies.get(unitId) ?? tallies.set(unitId, zero()).get(unitId)!;
  for (const item of items.values()) {
    if (!item.unitId) continue;
    const tally = tallyOf(item.unitId);
    tally.items += 1;
    if (item.status === 'open' && item.overdue) tally.overdue += 1;
    if (!item.deadline) continue;
    const deadlineEnd = endOfDay(item.deadline).getTime();
    if (deadlineEnd > cutoff) continue;
    tally.dueByCutoff += 1;
    if (closedOnTime(item, deadlineEnd)) tally.closedOnTime += 1;
  }
  for (const fact of facts) {
    if (!inMonth(fact.at)) continue;
    const tally = tallyOf(fact.unitId);
    if (fact.type === 'ProgressReported') tally.reportsMade += 1;
    else if (fact.type === 'ReportMissed') tally.reportsMissed += 1;
    else if (fact.type === 'RelapseFound') tally.relapsed += 1;
    else if (fact.type === 'EscalationRaised' && fact.level && fact.level in tally.escalations) tally.escalations[fact.level] += 1;
  }

  const ranked = [...tallies.entries()].sort(([a, x], [b, y]) => compareUnits(a, x, b, y));
  const name = nameLookup(units);
  const withItems = ranked.filter(([, t]) => t.items > 0).map(([unitId]) => unitId);
  const bottomCount = Math.max(1, Math.ceil(ranked.length * BOTTOM_SHARE));
  const bottom = new Set(withItems.slice(-bottomCount));
  const rows: BulletinRow[] = ranked.map(([unitId, t], i) => ({
    rank: i + 1,
    unitId,
    name: name(unitId),
    items: t.items,
    dueByCutoff: t.dueByCutoff,
    closedOnTime: t.closedOnTime,
    onTimeClosureRate: ratio(t.closedOnTime, t.dueByCutoff),
    reportsMade: t.reportsMade,
    reportsMissed: t.reportsMissed,
    reportingTimeliness: ratio(t.reportsMade, t.reportsMade + t.reportsMissed),
    overdue: t.overdue,
    relapsed: t.relapsed,
    escalations: t.escalations,
    bottom: bottom.has(unitId),
  }));
  return {
    kind: 'bulletin',
    period: period.id,
    from: period.start.toISOString(),
    cutoff: period.end.toISOString(),
    timezone: 'Asia/Shanghai',
    units: rows,
    bottom: rows.filter((r) => r.bottom).map((r) => ({ unitId: r.unitId, name: r.name })),
  };
}

/** Exact fractions compared by cross-multiplication; null (nothing to measure) ranks after any value. */
function compareRates(a: [number, number], b: [number, number]): number {
  const [an, ad] = a;
  const [bn, bd] = b;
  if (ad === 0 || bd === 0) return (ad === 0 ? 1 : 0) - (bd === 0 ? 1 : 0);
  return bn * ad - an * bd; // higher rate first
}

function compareUnits(aId: string, a: Tally, bId: string, b: Tally): number {
  return (
    compareRates([a.closedOnTime, a.dueByCutoff], [b.closedOnTime, b.dueByCutoff]) ||
    compareRates([a.reportsMade, a.reportsMade + a.reportsMissed], [b.reportsMade, b.reportsMade + b.reportsMissed]) ||
    a.overdue - b.overdue ||
    a.relapsed - b.relapsed ||
    (aId < bId ? -1 : aId > bId ? 1 : 0)
  );
}
