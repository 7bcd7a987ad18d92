import type { Database } from '@closeloop/db';
import type { Kysely, Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import { isPrincipalId } from '../principals/principals.store';
import { revokeSessionsOf } from '../session/sessions.store';
import type { PersonDto, PersonRole, UnitRefDto } from './person.dto';

type PersonRow = Pick<
  Selectable<Database['principals']>,
  'id' | 'name' | 'login' | 'role' | 'unit_ids' | 'disabled_at' | 'created_at' | 'oidc_subject'
>;
const shown = ['id', 'name', 'login', 'role', 'unit_ids', 'disabled_at', 'created_at', 'oidc_subject'] as const;

/** People as the API shows them: never the password's hash. */
async function toPeople(db: Kysely<Database>, rows: PersonRow[]): Promise<PersonDto[]> {
  const unitIds = [...new Set(rows.flatMap((row) => row.unit_ids))];
  const units = unitIds.length === 0 ? [] : await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  const named = new Map<string, UnitRefDto>(units.map((unit) => [unit.id, unit]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    login: row.login!,
    role: row.role as PersonRole,
    unitIds: row.unit_ids,
    units: row.unit_ids.flatMap((id) => named.get(id) ?? []),
    disabledAt: row.disabled_at ? row.disabled_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    oidcSubject: row.oidc_subject,
  }));
}

export interface NewPerson {
  name: string;
  login: string;
  role: PersonRole;
  unitIds: string[];
  oidcSubject?: string;
}

/** The new person's id; a login or OIDC subject another principal has fails with PostgreSQL's unique violation. */
export async function insertPerson(db: Kysely<Database>, person: NewPerson): Promise<string> {
  const row = await db
    .insertInto('principals')
    .values({
      id: randomUUID(),
      kind: 'person',
      name: person.name,
      login: person.login,
      role: person.role,
      unit_ids: person.unitIds,
      key_hash: null,
      oidc_subject: person.oidcSubject ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPerson(db: Kysely<Database>, id: string): Promise<PersonDto | undefined> {
  if (!isPrincipalId(id)) return undefined;
  const row = await db.selectFrom('principals').select(shown).where('id', '=', id).where('kind', '=', 'person').executeTakeFirst();
  return row && (await toPeople(db, [row]))[0];
}

export async function listPeople(db: Kysely<Database>, afterId: string | undefined, limit: number): Promise<PersonDto[]> {
  let query = db.selectFrom('principals').select(shown).where('kind', '=', 'person').orderBy('id').limit(limit);
  if (afterId) query = query.where('id', '>', afterId);
  return toPeople(db, await query.execute());
}

/**
 * Disables a person (keeping the first time) and revokes every session of theirs in the same transaction: they stop
 * working at once. False when there is no such person.
 */
export async function disablePerson(db: Kysely<Database>, id: string): Promise<boolean> {
  if (!isPrincipalId(id)) return false;
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .updateTable('principals')
      .set((eb) => ({ disabled_at: eb.fn.coalesce('disabled_at', eb.fn<Date>('now')) }))
      .where('id', '=', id)
      .where('kind', '=', 'person')
      .returning('id')
      .executeTakeFirst();
    if (!found) return false;
    await revokeSessionsOf(trx, id);
    return true;
  });
}

/** Lets a disabled person sign in again (the sessions revoked stay revoked). False when there is no such person. */
export async function enablePerson(db: Kysely<Database>, id: string): Promise<boolean> {
  if (!isPrincipalId(id)) return false;
  const found = await db
    .updateTable('principals')
    .set({ disabled_at: null })
    .where('id', '=', id)
    .where('kind', '=', 'person')
    .returning('id')
    .executeTakeFirst();
  return found !== undefined;
}
