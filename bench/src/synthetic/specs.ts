import {
  type CalendarData,
  type ItemKind,
  type MilestonePlan,
  type PlanIssued,
  type Policy,
  dateOf,
  endOfDay,
  resolvePolicy,
} from '@closeloop/domain';
import { itemTemplates, ownerUnitId, planPolicies, responsibleUnitIds, stableUuid, supervisingUnitIds } from './organisation';
import { Random } from './random';

const DAY = 86_400_000;

/** The simulated year: plans are issued over its first ten months; the log is as it stands at its end. */
export const simulationStart = Date.parse('2025-11-24T02:00:00Z');
export const simulationEnd = Date.parse('2026-11-20T10:00:00Z');

/**
 * A plan office files its whole plan at once (a spreadsheet import), so a plan's items share their filing day.
 * The default size of a plan (benchmark 7 makes one of 5,000).
 */
export const itemsPerPlan = 2000;

export interface PlanSpec {
  planId: string;
  issuedAt: number;
  issued: PlanIssued['data'];
}

export interface ItemSpec {
  index: number;
  itemId: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  kind: ItemKind;
  deadline: string | null;
  milestones: MilestonePlan[];
  policy: Policy;
  responsibleUnitId: string;
  supervisingUnitId: string;
  filedAt: number;
  /** The calendar years its timers can touch, as the API attaches them at filing. */
  calendar: CalendarData;
}

export type CalendarFor = (fromYear: number, toYear: number) => CalendarData;

/**
 * The plans of `itemCount` items. An inspection round sends its findings to `siblingsPerRound` plan offices at
 * once: their plans are issued the same day with the same policy; rounds follow each other over ten months.
 */
export function planSpecs(itemCount: number, siblingsPerRound = 1, perPlan = itemsPerPlan): PlanSpec[] {
  const count = Math.max(1, Math.ceil(itemCount / perPlan));
  const rounds = Math.ceil(count / siblingsPerRound);
  return Array.from({ length: count }, (_, p) => {
    const round = Math.floor(p / siblingsPerRound);
    const planId = `NM-2026-${String(p + 1).padStart(3, '0')}`;
    const issuedAt = simulationStart + Math.floor((round * 300 * DAY) / rounds);
    return {
      planId,
      issuedAt,
      issued: {
        planId,
        title: `落实第${round + 1}轮生态环境保护督察反馈意见整改方案（第${(p % siblingsPerRound) + 1}批）`,
        sourceInspection: `内蒙古自治区第${round + 1}生态环境保护督察组`,
        ownerUnitId,
        policy: planPolicies[round % planPolicies.length],
        at: new Date(issuedAt).toISOString(),
      },
    };
  });
}

/** Item `index` is item number `index % perPlan + 1` of plan `index / perPlan`. */
export function itemIdentity(
  index: number,
  plans: readonly PlanSpec[],
  perPlan = itemsPerPlan,
): { itemId: string; planCode: string; code: string } {
  const plan = plans[Math.floor(index / perPlan) % plans.length];
  const code = String((index % perPlan) + 1);
  return { itemId: stableUuid(`item:${plan.planId}:${code}:${index}`), planCode: plan.planId, code };
}

/** Item `index` of the log: which plan, what it says, who does it, by when. */
export function itemSpec(index: number, plans: readonly PlanSpec[], calendarFor: CalendarFor, perPlan = itemsPerPlan): ItemSpec {
  const random = new Random(0x5eed + index * 7919);
  const plan = plans[Math.floor(index / perPlan) % plans.length];
  const template = itemTemplates[index % itemTemplates.length];
  const kind: ItemKind = random.chance(0.08) ? 'long_term' : random.chance(0.1) ? 'immediate' : 'time_bound';
  const filedAt = plan.issuedAt + Math.floor(random.between(0.02, 2) * DAY);
  const deadline = kind === 'long_term' ? null : endOfMonth(filedAt + (kind === 'immediate' ? 30 : random.between(120, 420)) * DAY);
  const milestoneCount = kind === 'time_bound' && deadline ? Math.floor(random.between(0, 3)) : 0;
  const milestones = Array.from({ length: milestoneCount }, (_, m) => ({
    id: `m${m + 1}`,
    title: ['完成整改方案设计', '完成主体工程'][m],
    due: dateOf(new Date(filedAt + ((m + 1) / (milestoneCount + 1)) * (endOfDayInstant(deadline!) - filedAt))),
  }));
  const fromYear = new Date(filedAt).getUTCFullYear();
  const toYear = deadline ? Math.max(fromYear, Number(deadline.slice(0, 4))) + 1 : fromYear + 2;
  return {
    index,
    ...itemIdentity(index, plans, perPlan),
    title: template.title,
    finding: template.finding,
    target: template.target,
    kind,
    deadline,
    milestones,
    policy: resolvePolicy(plan.issued.policy, kind),
    responsibleUnitId: random.pick(responsibleUnitIds),
    supervisingUnitId: random.pick(supervisingUnitIds),
    filedAt,
    calendar: calendarFor(fromYear, toYear),
  };
}

const endOfDayInstant = (date: string): number => endOfDay(date).getTime();

const endOfMonth = (instant: number): string => {
  const d = new Date(instant);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};
