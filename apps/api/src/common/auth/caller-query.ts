import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Caller, Principal } from './principal';

/** The columns every caller source selects: the principal. */
interface PrincipalRow {
  id: string;
  name: string;
  role: Role;
  unit_ids: string[];
}

/**
 * The one caller lookup of every authentication (a key, a session): `source` selects the principal (at most one row,
 * with any extra columns the authentication needs), and the same query adds its scope — unless an admin (scope
 * `all`), its units with all their sub-units (a recursive CTE down `units.parent_id`).
 */
export async function findCaller<Extra extends object = object>(
  db: Kysely<Database>,
  source: RawBuilder<unknown>,
): Promise<{ caller: Caller; row: PrincipalRow & Extra } | undefined> {
  const { rows } = await sql<PrincipalRow & Extra & { scope: string[] }>`
    with recursive caller as (${source}), scope(id) as (
      select u.id from units u join caller c on u.id = any(c.unit_ids) where c.role <> 'admin'
      union
      select u.id from units u join scope s on u.parent_id = s.id
    )
    select caller.*, array(select id from scope) as scope from caller`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const principal: Principal = { id: row.id, name: row.name, role: row.role, unitIds: row.unit_ids };
  return { caller: { principal, scope: row.role === 'admin' ? 'all' : new Set(row.scope) }, row };
}
