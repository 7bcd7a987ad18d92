import type { Database } from '@closeloop/db';
import { escalationLevels, itemStatuses, trafficLights } from '@closeloop/domain';
import { type NarrowingFilter, type TrendPoint, countItems, countItemsByResponsibleUnit, planTrend } from '@closeloop/read-models';
import { type BulletinReport, type BulletinRow, latestBulletin, parseWeek, weekOf } from '@closeloop/reports';
import type { Kysely } from 'kysely';
import type { Scope } from '../common/auth/principal';
import { itemFilterOf } from '../items/item-filter';
import type { ItemListQuery } from '../items/item-list.query';
import { reportInScope } from '../reports/report-in-scope';

/** The `GET /v1/items` query parameters that list the items behind a number (the web app adds limit and cursor). */
export type ItemListFilter = Pick<
  ItemListQuery,
  'status' | 'light' | 'overdue' | 'escalation' | 'escalationProposed' | 'responsibleUnit'
> & {
  plan: string;
};

/** A number and the item list behind it. */
export interface Tally {
  count: number;
  query: ItemListFilter;
}

export interface TrendWeek extends TrendPoint {
  week: string;
  from: string;
  to: string;
}

export interface PlanCockpit {
  planId: string;
  title: string;
  asOf: string;
  total: Tally;
  byStatus: (Tally & { status: (typeof itemStatuses)[number] })[];
  byLight: (Tally & { light: (typeof trafficLights)[number] })[];
  overdue: Tally;
  byEscalation: (Tally & { level: (typeof escalationLevels)[number] })[];
  awaitingConfirmation: Tally;
  ranking: {
    period: string;
    cutoff: string;
    computedAt: string;
    units: (BulletinRow & { planItems: Tally })[];
  };
  trend: { timezone: 'Asia/Shanghai'; weeks: TrendWeek[] };
}

/** The weeks of the trend: the current ISO week (Asia/Shanghai) and the eleven before it. */
export const TREND_WEEKS = 12;

/**
 * 领导驾驶舱: the plan's items in the caller's scope, counted in SQL over the items read model (every count with
 * the list query behind it, counted by the very conditions the list filters by), the units of the plan in the latest
 * monthly bulletin's ranking, and the trend of the last twelve weeks; four statements, run side by side.
 */
export async function planCockpit(
  db: Kysely<Database>,
  plan: { id: string; title: string },
  scope: Scope,
  now: Date,
): Promise<PlanCockpit> {
  const drills: Omit<ItemListFilter, 'plan'>[] = [
    {},
    ...itemStatuses.map((status) => ({ status })),
    ...trafficLights.map((light) => ({ light })),
    { overdue: true },
    ...escalationLevels.map((escalation) => ({ escalation })),
    { escalationProposed: true },
  ];
  const base = itemFilterOf({ plan: plan.id }, scope);
  const weeks = trendWeeks(now);
  const [counts, byUnit, trend, bulletin] = await Promise.all([
    countItems(db, base, drills.map(narrowingOf)),
    countItemsByResponsibleUnit(db, base),
    planTrend(db, { planCode: plan.id, scope }, weeks),
    latestBulletin(db, now),
  ]);
  const tallies = drills.map((drill, i): Tally => ({ count: counts[i], query: { plan: plan.id, ...drill } }));
  const take = (n: number) => tallies.splice(0, n);
  const [total] = take(1);
  const byStatus = take(itemStatuses.length).map((t, i) => ({ status: itemStatuses[i], ...t }));
  const byLight = take(trafficLights.length).map((t, i) => ({ light: trafficLights[i], ...t }));
  const [overdue] = take(1);
  const byEscalation = take(escalationLevels.length).map((t, i) => ({ level: escalationLevels[i], ...t }));
  const [awaitingConfirmation] = take(1);
  const ranked = reportInScope(bulletin.data, scope) as BulletinReport;
  return {
    planId: plan.id,
    title: plan.title,
    asOf: now.toISOString(),
    total,
    byStatus,
    byLight,
    overdue,
    byEscalation,
    awaitingConfirmation,
    ranking: {
      period: ranked.period,
      cutoff: ranked.cutoff,
      computedAt: bulletin.computedAt.toISOString(),
      units: ranked.units
        .filter((row) => byUnit.has(row.unitId))
        .map((row) => ({
          ...row,
          planItems: { count: byUnit.get(row.unitId)!, query: { plan: plan.id, responsibleUnit: row.unitId } },
        })),
    },
    trend: {
      timezone: 'Asia/Shanghai',
      weeks: weeks.map((w, i) => ({ week: w.id, from: w.start.toISOString(), to: w.end.toISOString(), ...trend[i] })),
    },
  };
}

/** What a drill-down query adds to the plan's items in the caller's scope, as the list reads it. */
function narrowingOf(drill: Omit<ItemListFilter, 'plan'>): NarrowingFilter {
  const { scope: _scope, ...narrowing } = itemFilterOf(drill, 'all');
  return narrowing;
}

/** The last TREND_WEEKS ISO weeks in Asia/Shanghai, oldest first; the current one ends at `now`. */
function trendWeeks(now: Date): { id: string; start: Date; end: Date }[] {
  const weeks: { id: string; start: Date; end: Date }[] = [];
  for (let week = parseWeek(weekOf(now)); weeks.length < TREND_WEEKS; week = parseWeek(weekOf(new Date(week.start.getTime() - 1)))) {
    weeks.unshift({ id: week.id, start: week.start, end: week.end.getTime() > now.getTime() ? now : week.end });
  }
  return weeks;
}
