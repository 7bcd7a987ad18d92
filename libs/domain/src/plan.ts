import type { PlanPolicy } from './policy';

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
