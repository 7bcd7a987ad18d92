import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import type { Scope } from '../common/auth/principal';
import { inScope } from '../common/auth/scope';
import { ProblemException } from '../common/problem/problem.exception';
import { existingUnitIds } from './units.repository';

/** A unit a request names; `scoped` when the caller may name only units in its scope (those it hands work to). */
export interface NamedUnit {
  field: string;
  id: string;
  scoped: boolean;
}

/**
 * 422 `unknown-unit` unless every named unit exists and each scoped one lies in the caller's scope (with its
 * sub-units). A unit outside the scope reads exactly like one that does not exist.
 */
export async function assertUsableUnits(db: Kysely<Database>, scope: Scope, named: NamedUnit[]): Promise<void> {
  const known = await existingUnitIds(
    db,
    named.map((n) => n.id),
  );
  const usable = (n: NamedUnit) => known.has(n.id) && (!n.scoped || inScope(scope, n.id));
  const unknown = scope === 'all' ? 'does not exist' : 'does not exist in your scope';
  const errors = named.filter((n) => !usable(n)).map((n) => ({ field: n.field, message: `unit ${n.id} ${unknown}` }));
  if (errors.length > 0) {
    throw ProblemException.of('unknown-unit', errors.map((e) => e.message).join('; '), errors);
  }
}
