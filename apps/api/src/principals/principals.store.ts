import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import type { Kysely, Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import { hashApiKey } from '../common/auth/api-key';
import type { PrincipalDto } from './principal.dto';

const shown = ['id', 'name', 'role', 'unit_ids', 'created_at', 'revoked_at'] as const;

/** Principals as the API shows them: never the key, never its hash. */
const toPrincipal = (row: Pick<Selectable<Database['principals']>, (typeof shown)[number]>): PrincipalDto => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  unitIds: row.unit_ids,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isPrincipalId = (value: string): boolean => uuidPattern.test(value);

export async function insertPrincipal(
  db: Kysely<Database>,
  principal: { name: string; role: Role; unitIds: string[] },
  key: string,
): Promise<PrincipalDto> {
  const row = await db
    .insertInto('principals')
    .values({ id: randomUUID(), name: principal.name, role: principal.role, unit_ids: principal.unitIds, key_hash: hashApiKey(key) })
    .returning(shown)
    .executeTakeFirstOrThrow();
  return toPrincipal(row);
}

export async function listPrincipals(db: Kysely<Database>, afterId: string | undefined, limit: number): Promise<PrincipalDto[]> {
  let query = db.selectFrom('principals').select(shown).where('kind', '=', 'key').orderBy('id').limit(limit);
  if (afterId) query = query.where('id', '>', afterId);
  return (await query.execute()).map(toPrincipal);
}

export async function findPrincipal(db: Kysely<Database>, id: string): Promise<PrincipalDto | undefined> {
  if (!isPrincipalId(id)) return undefined;
  const row = await db.selectFrom('principals').select(shown).where('id', '=', id).where('kind', '=', 'key').executeTakeFirst();
  return row && toPrincipal(row);
}

/** Sets revoked_at once (a second revocation keeps the first time); undefined when there is no such principal. */
export async function revokePrincipal(db: Kysely<Database>, id: string): Promise<PrincipalDto | undefined> {
  if (!isPrincipalId(id)) return undefined;
  await db
    .updateTable('principals')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('kind', '=', 'key')
    .where('revoked_at', 'is', null)
    .execute();
  return findPrincipal(db, id);
}

/** Replaces the key's hash of a principal that is not revoked; the old key stops working with this commit. */
export async function replaceKey(db: Kysely<Database>, id: string, key: string): Promise<PrincipalDto | undefined> {
  if (!isPrincipalId(id)) return undefined;
  const row = await db
    .updateTable('principals')
    .set({ key_hash: hashApiKey(key) })
    .where('id', '=', id)
    .where('kind', '=', 'key')
    .where('revoked_at', 'is', null)
    .returning(shown)
    .executeTakeFirst();
  return row && toPrincipal(row);
}
