import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { hashApiKey } from './api-key';
import type { Caller, Principal } from './principal';

export async function findPrincipalByKey(db: Kysely<Database>, key: string): Promise<Principal | undefined> {
  const row = await db
    .selectFrom('principals')
    .select(['id', 'name', 'role', 'unit_ids'])
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, role: row.role as Role, unitIds: row.unit_ids };
}

/**
 * The caller a key names, with its scope, in one query: the principal, and (unless an admin, whose scope is `all`)
 * its units with all their sub-units (a recursive CTE down `units.parent_id`). Undefined for an unknown or revoked key.
 */
export async function findCallerByKey(db: Kysely<Database>, key: string): Promise<Caller | undefined> {
  const { rows } = await sql<{ id: string; name: string; role: Role; unit_ids: string[]; scope: string[] }>`
    with recursive caller as (
      select id, name, role, unit_ids from principals where key_hash = ${hashApiKey(key)} and revoked_at is null
    ), scope(id) as (
      select u.id from units u join caller c on u.id = any(c.unit_ids) where c.role <> 'admin'
      union
      select u.id from units u join scope s on u.parent_id = s.id
    )
    select caller.*, array(select id from scope) as scope from caller`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const principal: Principal = { id: row.id, name: row.name, role: row.role, unitIds: row.unit_ids };
  return { principal, scope: row.role === 'admin' ? 'all' : new Set(row.scope) };
}

/** Creates the principal unless one with this key exists; returns whether it was created. */
export async function ensurePrincipal(
  db: Kysely<Database>,
  principal: { name: string; role: Role; unitIds: string[]; key: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('principals')
    .values({
      id: randomUUID(),
      name: principal.name,
      role: principal.role,
      unit_ids: principal.unitIds,
      key_hash: hashApiKey(principal.key),
    })
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
