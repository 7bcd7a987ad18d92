import type { CommandMetadata } from './actor';
import { mustHaveRole } from './decisions/permissions';
import { type PlanPolicy, defaultPolicy, policyErrors } from './policy';
import { refuse } from './refusal';

/** A rectification plan (整改方案) is issued once; its stream is `plan-<id>`. */
export interface PlanIssued {
  type: 'PlanIssued';
  data: {
    planId: string;
    title: string;
    sourceInspection: string;
    ownerUnitId: string;
    policy: PlanPolicy;
    at: string;
  };
}

export type PlanEvent = PlanIssued;

/** Issue a plan; omitted policy settings take the defaults. */
export interface IssuePlan {
  type: 'IssuePlan';
  data: {
    planId: string;
    title: string;
    sourceInspection: string;
    ownerUnitId: string;
    policy?: Partial<PlanPolicy>;
    /** Looked up by the handler before deciding: whether the owner unit exists. */
    ownerUnitExists: boolean;
  };
  metadata: CommandMetadata;
}

export type PlanCommand = IssuePlan;

export type PlanState = { status: 'none' } | { status: 'issued'; plan: PlanIssued['data'] };

export const initialPlanState = (): PlanState => ({ status: 'none' });

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanIssued':
      return { status: 'issued', plan: event.data };
    default:
      return state;
  }
}

/**
 * Issues a plan: an admin's, with a valid policy (the defaults filled in), owned by a unit that exists, once.
 * A refused policy lists every setting at fault (`errors`).
 */
export function decidePlan({ data, metadata }: PlanCommand, state: PlanState, now: Date): PlanEvent[] {
  mustHaveRole(metadata, ['admin'], 'issue plans');
  const policy = { ...defaultPolicy, ...(data.policy ?? {}) } as PlanPolicy;
  const errors = policyErrors(policy);
  if (errors.length > 0) refuse('invalid', 'invalid-policy', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  if (!data.ownerUnitExists) {
    const message = `unit ${data.ownerUnitId} does not exist`;
    refuse('invalid', 'unknown-unit', message, [{ field: 'ownerUnitId', message }]);
  }
  if (state.status === 'issued') refuse('conflict', 'plan-exists', `plan ${data.planId} already exists`);
  const { planId, title, sourceInspection, ownerUnitId } = data;
  return [{ type: 'PlanIssued', data: { planId, title, sourceInspection, ownerUnitId, policy, at: now.toISOString() } }];
}

/** The plan's decider, as `handleCommand` (libs/event-store) takes it. */
export const planDecider = { decide: decidePlan, evolve: evolvePlan, initialState: initialPlanState };
