import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import type { Principal } from './principal';

/** The units a principal acts for, with all their sub-units; `all` for an admin. */
export async function unitsInScope(db: Kysely<Database>, principal: Principal): Promise<Set<string> | 'all'> {
  if (principal.role === 'admin') return 'all';
  if (principal.unitIds.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    with recursive scope(id) as (
      select id from units where id = any(${principal.unitIds})
      union
      select u.id from units u join scope s on u.parent_id = s.id
    )
    select id from scope`.execute(db);
  return new Set(rows.map((r) => r.id));
}

export function inScope(scope: Set<string> | 'all', ...unitIds: (string | null)[]): boolean {
  return scope === 'all' || unitIds.some((id) => id !== null && scope.has(id));
}
