/**
 * Who an audience is, for one item. Every rule reads the organisation as it is when the event is
 * projected (principals, units, the plan), and never counts a revoked principal.
 *
 * - `responsible_unit`: principals with role `unit` whose unit_ids contain the item's responsible unit.
 * - `responsible_unit_head`: role `leader` whose unit_ids contain exactly the responsible unit (the
 *   unit's own leadership, not a leader over a parent unit).
 * - `supervising_unit`: role `supervisor` whose unit_ids contain the item's supervising unit.
 * - `leader_in_charge`: role `leader` whose unit_ids contain a strict ancestor of the responsible unit,
 *   walking up the tree from its parent and stopping before the plan's owner unit (the owner and what
 *   lies above it are the plan owner's circle, not the leader in charge). When the owner is not an
 *   ancestor, every strict ancestor counts.
 * - `plan_owner`: principals of any role except `integrator` whose unit_ids contain the plan's owner unit.
 * - `discipline_body`: principals (any role) whose unit_ids contain a unit of kind `discipline_body` that
 *   is the plan's owner unit or one of its descendants.
 *
 * An item whose plan row is missing has no plan owner and no discipline body; its leader in charge is
 * then every leader over any ancestor of the responsible unit.
 */
import type { Database } from '@closeloop/db';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Audience } from './intent';

/** What the rules need to know about the item. */
export interface AudienceItem {
  responsibleUnitId: string | null;
  supervisingUnitId: string | null;
  planCode: string;
}

/** The principal ids the audiences name for this item, each once, sorted. */
export async function resolveRecipients(db: Kysely<Database>, item: AudienceItem, audience: readonly Audience[]): Promise<string[]> {
  const wanted = new Set(audience);
  if (wanted.size === 0) return [];
  const needsPlan = wanted.has('plan_owner') || wanted.has('discipline_body') || wanted.has('leader_in_charge');
  const ownerUnitId = needsPlan ? await planOwnerUnit(db, item.planCode) : undefined;
  const leaderUnits =
    wanted.has('leader_in_charge') && item.responsibleUnitId ? await ancestorsBelow(db, item.responsibleUnitId, ownerUnitId) : [];
  const disciplineUnits = wanted.has('discipline_body') && ownerUnitId ? await disciplineBodies(db, ownerUnitId) : [];

  const rows = await db
    .selectFrom('principals')
    .select('id')
    .where('revoked_at', 'is', null)
    .where((eb) => {
      const any: Expression<SqlBool>[] = [];
      const holds = (unitId: string) => sql<SqlBool>`${unitId} = any(unit_ids)`;
      const overlaps = (unitIds: string[]) => sql<SqlBool>`unit_ids && ${unitIds}::text[]`;
      if (wanted.has('responsible_unit') && item.responsibleUnitId) {
        any.push(eb.and([eb('role', '=', 'unit'), holds(item.responsibleUnitId)]));
      }
      if (wanted.has('responsible_unit_head') && item.responsibleUnitId) {
        any.push(eb.and([eb('role', '=', 'leader'), holds(item.responsibleUnitId)]));
      }
      if (wanted.has('supervising_unit') && item.supervisingUnitId) {
        any.push(eb.and([eb('role', '=', 'supervisor'), holds(item.supervisingUnitId)]));
      }
      if (leaderUnits.length > 0) any.push(eb.and([eb('role', '=', 'leader'), overlaps(leaderUnits)]));
      if (wanted.has('plan_owner') && ownerUnitId) any.push(eb.and([eb('role', '!=', 'integrator'), holds(ownerUnitId)]));
      if (disciplineUnits.length > 0) any.push(overlaps(disciplineUnits));
      return any.length > 0 ? eb.or(any) : sql<SqlBool>`false`;
    })
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

async function planOwnerUnit(db: Kysely<Database>, planCode: string): Promise<string | undefined> {
  const plan = await db.selectFrom('plans').select('owner_unit_id').where('id', '=', planCode).executeTakeFirst();
  return plan?.owner_unit_id;
}

/** Strict ancestors of a unit, nearest first, stopping before `stopAt` (excluded with all above it). */
async function ancestorsBelow(db: Kysely<Database>, unitId: string, stopAt: string | undefined): Promise<string[]> {
  const { rows } = await sql<{ id: string; depth: number }>`
    with recursive up(id, parent_id, depth) as (
      select u.id, u.parent_id, 0 from units u where u.id = ${unitId}
      union all
      select p.id, p.parent_id, up.depth + 1 from units p join up on p.id = up.parent_id where up.depth < 64
    )
    select id, depth from up where depth > 0 order by depth`.execute(db);
  const ancestors: string[] = [];
  for (const row of rows) {
    if (row.id === stopAt) break;
    ancestors.push(row.id);
  }
  return ancestors;
}

/** Units of kind `discipline_body` that are the owner unit or lie under it. */
async function disciplineBodies(db: Kysely<Database>, ownerUnitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive down(id, kind, depth) as (
      select u.id, u.kind, 0 from units u where u.id = ${ownerUnitId}
      union all
      select c.id, c.kind, down.depth + 1 from units c join down on c.parent_id = down.id where down.depth < 64
    )
    select distinct id from down where kind = 'discipline_body' order by id`.execute(db);
  return rows.map((r) => r.id);
}
