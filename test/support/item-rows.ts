import type { Database } from '@closeloop/db';
import { type WrittenItemRow, itemViewJson } from '@closeloop/read-models';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/**
 * An `items` row (with its view) written straight into the read model, for tests of what reads it (the outboxes):
 * an in-progress item of plan P1, supervised by city-eco, with the state given.
 */
export async function insertItemRow(
  db: Kysely<Database>,
  { responsibleUnitId, state = () => ({}) }: { responsibleUnitId: string; state?: (id: string) => object },
): Promise<string> {
  const id = randomUUID();
  const row: WrittenItemRow = {
    id,
    plan_code: 'P1',
    code: id.slice(0, 8),
    title: '整改事项',
    kind: 'time_bound',
    status: 'in_progress',
    light: 'green',
    deadline: '2026-12-31',
    original_deadline: '2026-12-31',
    percent: 0,
    overdue: false,
    relapse_count: 0,
    next_wake_up: null,
    responsible_unit_id: responsibleUnitId,
    supervising_unit_id: 'city-eco',
    version: 0,
    state: JSON.stringify(state(id)),
    filed_at: '2026-11-01T00:00:00Z',
    updated_at: '2026-11-01T00:00:00Z',
  };
  await db.insertInto('items').values({ ...row, view: itemViewJson(row) }).execute();
  return id;
}
