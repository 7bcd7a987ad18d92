import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/**
 * An `items` row written straight into the read model, for tests of what reads it (the outboxes read the state and
 * the units, never the view): an in-progress item of plan P1, supervised by city-eco, with the state given.
 */
export async function insertItemRow(
  db: Kysely<Database>,
  { responsibleUnitId, state = () => ({}) }: { responsibleUnitId: string; state?: (id: string) => object },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('items')
    .values({
      id,
      plan_code: 'P1',
      code: id.slice(0, 8),
      status: 'in_progress',
      light: 'green',
      deadline: '2026-12-31',
      overdue: false,
      relapse_count: 0,
      responsible_unit_id: responsibleUnitId,
      supervising_unit_id: 'city-eco',
      version: 0,
      state: JSON.stringify(state(id)),
      view: JSON.stringify({ id }),
      filed_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z',
    })
    .execute();
  return id;
}
