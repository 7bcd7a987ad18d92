import type { Database } from '@closeloop/db';
import { type PlanView, anyItem } from '@closeloop/read-models';
import type { Kysely } from 'kysely';
import type { Scope } from '../common/auth/principal';
import { inScope } from '../common/auth/scope';

/**
 * Whether a caller may know a plan exists: its scope covers the plan's owner unit, or one of the plan's items
 * (its responsible or supervising unit). Outside that the plan reads as absent (404), like any other resource.
 */
export async function isPlanVisible(db: Kysely<Database>, plan: Pick<PlanView, 'id' | 'ownerUnitId'>, scope: Scope): Promise<boolean> {
  if (inScope(scope, plan.ownerUnitId)) return true;
  return anyItem(db, { planCode: plan.id, scope });
}
