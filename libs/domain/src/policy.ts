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
  if (
    policy.requiredEvidenceKinds !== undefined &&
    (!Array.isArray(policy.requiredEvidenceKinds) || policy.requiredEvidenceKinds.some((k) => typeof k !== 'string' || !k))
  ) {
    errors.push({ field: `${prefix}.requiredEvidenceKinds`, message: 'must be a list of evidence kinds' });
  }
  for (const [kind, override] of Object.entries(policy.byKind ?? {})) {
    if (!(itemKinds as readonly string[]).includes(kind)) errors.push({ field: `${prefix}.byKind.${kind}`, message: 'is not an item kind' });
    else errors.push(...policyErrors(override ?? {}, `${prefix}.byKind.${kind}`));
  }
  return errors;
}
