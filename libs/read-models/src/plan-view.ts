import type { Database } from '@closeloop/db';
import type { PlanPolicy } from '@closeloop/domain';
import type { Kysely } from 'kysely';

export interface PlanView {
  id: string;
  title: string;
  sourceInspection: string;
  ownerUnitId: string;
  policy: PlanPolicy;
  issuedAt: string;
  version: number;
  counts: {
    total: number;
    byStatus: Record<string, number>;
    byLight: Record<string, number>;
    overdue: number;
    relapsed: number;
  };
}

export async function findPlan(db: Kysely<Database>, planId: string): Promise<PlanView | undefined> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) return undefined;
  const rows = await db
    .selectFrom('items')
    .select([
      'status',
      'light',
      'overdue',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('relapse_count').as('relapses'),
    ])
    .where('plan_code', '=', planId)
    .groupBy(['status', 'light', 'overdue'])
    .execute();
  const counts: PlanView['counts'] = { total: 0, byStatus: {}, byLight: {}, overdue: 0, relapsed: 0 };
  for (const row of rows) {
    const n = Number(row.n);
    counts.total += n;
    counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + n;
    counts.byLight[row.light] = (counts.byLight[row.light] ?? 0) + n;
    if (row.overdue) counts.overdue += n;
    counts.relapsed += Number(row.relapses ?? 0);
  }
  return {
    id: plan.id,
    title: plan.title,
    sourceInspection: plan.source_inspection,
    ownerUnitId: plan.owner_unit_id,
    policy: plan.policy as unknown as PlanPolicy,
    issuedAt: plan.issued_at.toISOString(),
    version: plan.version,
    counts,
  };
}
