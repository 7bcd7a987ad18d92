import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { hashApiKey } from './api-key';
import { findCaller } from './caller-query';
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

/** The caller a key names, with its scope, in one query; undefined for an unknown or revoked key. */
export async function findCallerByKey(db: Kysely<Database>, key: string): Promise<Caller | undefined> {
  const found = await findCaller(
    db,
    sql`select id, name, role, unit_ids from principals where key_hash = ${hashApiKey(key)} and kind = 'key' and revoked_at is null`,
  );
  return found?.caller;
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
