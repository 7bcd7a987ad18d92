import type { Database } from '@closeloop/db';
import type { Kysely, Selectable } from 'kysely';
import type { UnitDto } from './unit.dto';

const toUnit = (row: Selectable<Database['units']>): UnitDto => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  kind: row.kind,
});

export async function insertUnit(db: Kysely<Database>, unit: UnitDto): Promise<UnitDto | undefined> {
  const row = await db
    .insertInto('units')
    .values({ id: unit.id, name: unit.name, parent_id: unit.parentId, kind: unit.kind })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && toUnit(row);
}

export async function listUnits(db: Kysely<Database>, afterId: string | undefined, limit: number): Promise<UnitDto[]> {
  let query = db.selectFrom('units').selectAll().orderBy('id').limit(limit);
  if (afterId) query = query.where('id', '>', afterId);
  return (await query.execute()).map(toUnit);
}

export async function existingUnitIds(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('units').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
