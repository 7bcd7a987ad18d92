import { type IsoDuration, isIsoDuration } from './duration';

export const itemKinds = ['immediate', 'time_bound', 'long_term'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** How an item's life is timed and checked; durations are ISO 8601 so a test plan can live in seconds. */
export interface Policy {
  /** Before the deadline: the item is due soon (预警 window). */
  dueSoonBefore: IsoDuration;
  /** After a closure request: published for objections this long before verification; absent: no notice. */
  publicNoticePeriod?: IsoDuration;
  /** After closure: when each revisit (回头看) falls due. */
  revisitAfter: IsoDuration[];
  /** Evidence kinds a closure request must include (e.g. `photo`, `document`, `monitoring`). */
  requiredEvidenceKinds: string[];
  /** Whether day durations (`P5D`) count working days (the calendar's) or natural days. Default natural. */
  dayCount?: 'natural' | 'working';
  /** How often the responsible unit reports (周调度: `P7D`; monthly: `P1M`); absent: no cadence. */
  reportEvery?: IsoDuration;
  /** How long before a report, a milestone or the deadline falls due the unit is reminded. */
  remindBefore?: IsoDuration;
  /** Overrides `remindBefore` for milestones and the deadline (reports are due far more often). */
  remindBeforeDeadline?: IsoDuration;
  /** The escalation ladder: the conditions that raise an item to each level. */
  escalation?: EscalationRule[];
  /** From this level up, an automatic escalation waits for a leader's confirmation. */
  confirmFrom?: EscalationLevel;
}

export const escalationLevels = ['warning', 'bulletin', 'supervision', 'summons', 'accountability'] as const;
/** 预警 → 通报 → 督办 → 约谈 → 问责 */
export type EscalationLevel = (typeof escalationLevels)[number];

/** A level is reached when any of its conditions holds. */
export interface EscalationRule {
  level: EscalationLevel;
  /** Working days past the deadline. */
  overdueWorkingDays?: number;
  /** Reports missed in a row. */
  missedReports?: number;
  /** A revisit found a relapse and the item is not yet closed again. */
  onRelapse?: boolean;
}

/** A plan's policy, with optional overrides per item kind. */
export interface PlanPolicy extends Policy {
  byKind?: Partial<Record<ItemKind, Partial<Policy>>>;
}

export const defaultPolicy: Policy = {
  dueSoonBefore: 'P7D',
  revisitAfter: ['P3M', 'P6M'],
  requiredEvidenceKinds: [],
};

export const resolvePolicy = ({ byKind, ...base }: PlanPolicy, kind: ItemKind): Policy => ({ ...base, ...byKind?.[kind] });

/** Every problem with a policy, as `field: message` pairs (empty when valid). */
export function policyErrors(policy: Partial<PlanPolicy>, prefix = 'policy'): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const duration = (field: string, value: unknown, optional = false) => {
    if (optional && value === undefined) return;
    if (!isIsoDuration(value)) errors.push({ field: `${prefix}.${field}`, message: 'must be an ISO 8601 duration such as P7D' });
  };
  duration('dueSoonBefore', policy.dueSoonBefore, true);
  duration('publicNoticePeriod', policy.publicNoticePeriod, true);
  if (policy.revisitAfter !== undefined) {
    if (!Array.isArray(policy.revisitAfter)) errors.push({ field: `${prefix}.revisitAfter`, message: 'must be a list of durations' });
    else policy.revisitAfter.forEach((d, i) => duration(`revisitAfter[${i}]`, d));
  }
  duration('reportEvery', policy.reportEvery, true);
  duration('remindBefore', policy.remindBefore, true);
  duration('remindBeforeDeadline', policy.remindBeforeDeadline, true);
  if (policy.dayCount !== undefined && policy.dayCount !== 'natural' && policy.dayCount !== 'working') {
    errors.push({ field: `${prefix}.dayCount`, message: 'must be natural or working' });
  }
  if (policy.confirmFrom !== undefined && !(escalationLevels as readonly string[]).includes(policy.confirmFrom)) {
    errors.push({ field: `${prefix}.confirmFrom`, message: `must be one of ${escalationLevels.join(', ')}` });
  }
  if (policy.escalation !== undefined) {
    if (!Array.isArray(policy.escalation)) errors.push({ field: `${prefix}.escalation`, message: 'must be a list of rules' });
    else
      policy.escalation.forEach((rule, i) => {
        const at = `${prefix}.escalation[${i}]`;
        if (!(escalationLevels as readonly string[]).includes(rule?.level))
          errors.push({ field: `${at}.level`, message: `must be one of ${escalationLevels.join(', ')}` });
        for (const key of ['overdueWorkingDays', 'missedReports'] as const) {
          const n = rule?.[key];
          if (n !== undefined && (!Number.isInteger(n) || n < 0))
            errors.push({ field: `${at}.${key}`, message: 'must be a whole number ≥ 0' });
        }
        if (rule?.overdueWorkingDays === undefined && rule?.missedReports === undefined && !rule?.onRelapse) {
          errors.push({ field: at, message: 'needs a condition: overdueWorkingDays, missedReports or onRelapse' });
        }
      });
  }
  if (
    policy.requiredEvidenceKinds !== undefined &&
    (!Array.isArray(policy.requiredEvidenceKinds) || policy.requiredEvidenceKinds.some((k) => typeof k !== 'string' || !k))
  ) {
    errors.push({ field: `${prefix}.requiredEvidenceKinds`, message: 'must be a list of evidence kinds' });
  }
  for (const [kind, override] of Object.entries(policy.byKind ?? {})) {
    if (!(itemKinds as readonly string[]).includes(kind))
      errors.push({ field: `${prefix}.byKind.${kind}`, message: 'is not an item kind' });
    else errors.push(...policyErrors(override ?? {}, `${prefix}.byKind.${kind}`));
  }
  return errors;
}
