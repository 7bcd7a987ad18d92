import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import type { Scope } from '../common/auth/principal';

/** A plan in the list of plans: what it is and how many items it holds (its counts are on the plan itself). */
export interface PlanSummary {
  id: string;
  title: string;
  sourceInspection: string;
  ownerUnitId: string;
  issuedAt: string;
  itemCount: number;
}

/**
 * The plans a caller may open (GET /v1/plans/{id}: its scope covers the owner unit; all for an admin), by id after
 * `afterId`, with each plan's number of items counted in one query for the page.
 */
export async function listPlans(db: Kysely<Database>, scope: Scope, afterId: string | undefined, limit: number): Promise<PlanSummary[]> {
  if (scope !== 'all' && scope.size === 0) return [];
  let query = db
    .selectFrom('plans')
    .select(['id', 'title', 'source_inspection', 'owner_unit_id', 'issued_at'])
    .select((eb) =>
      eb
        .selectFrom('items')
        .whereRef('items.plan_code', '=', 'plans.id')
        .select((count) => count.fn.countAll<string>().as('n'))
        .as('item_count'),
    )
    .orderBy('id')
    .limit(limit);
  if (afterId !== undefined) query = query.where('id', '>', afterId);
  if (scope !== 'all') query = query.where('owner_unit_id', 'in', [...scope]);
  return (await query.execute()).map((row) => ({
    id: row.id,
    title: row.title,
    sourceInspection: row.source_inspection,
    ownerUnitId: row.owner_unit_id,
    issuedAt: row.issued_at.toISOString(),
    itemCount: Number(row.item_count ?? 0),
  }));
}
