import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import type { Kysely } from 'kysely';
import { ProblemException } from '../common/problem/problem.exception';
import { existingUnitIds } from '../units/units.repository';

/** A principal's (key's or person's) units: at least one unless an admin (422 scope-required), each one existing (422 unknown-unit). */
export async function assertPrincipalUnits(db: Kysely<Database>, role: Role, unitIds: string[]): Promise<void> {
  if (role !== 'admin' && unitIds.length === 0) {
    throw ProblemException.of('scope-required', `a ${role} needs at least one unit`, [
      { field: 'unitIds', message: `a ${role} needs at least one unit` },
    ]);
  }
  const known = await existingUnitIds(db, unitIds);
  const errors = unitIds
    .map((id, i) => ({ id, field: `unitIds[${i}]` }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, field }) => ({ field, message: `unit ${id} does not exist` }));
  if (errors.length > 0) throw ProblemException.of('unknown-unit', errors.map((e) => e.message).join('; '), errors);
}
