import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { randomToken, sha256Hex } from '../common/auth/random-token';
import { revokeSessionsOf } from '../session/sessions.store';
import type { InvitationDto } from './person.dto';

const INVITATION_DAYS = 7;

/** The web app's page that takes the token. */
export const invitationUrl = (token: string): string => `/invitation/${token}`;

/**
 * A new one-time link for a person (stored as the token's SHA-256, good for 7 days); the person's earlier links
 * that were not used stop working.
 */
export async function issueInvitation(db: Kysely<Database>, principalId: string, createdBy: string): Promise<InvitationDto> {
  const token = randomToken();
  const row = await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('invitations').where('principal_id', '=', principalId).where('used_at', 'is', null).execute();
    return trx
      .insertInto('invitations')
      .values({
        token_hash: sha256Hex(token),
        principal_id: principalId,
        created_by: createdBy,
        expires_at: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
      })
      .returning('expires_at')
      .executeTakeFirstOrThrow();
  });
  return { url: invitationUrl(token), token, expiresAt: row.expires_at.toISOString() };
}

export interface OpenInvitation {
  principalId: string;
  name: string;
  login: string;
  expiresAt: Date;
}

/** The invitation a token names while it may be used: not used, not expired, its person enabled. */
export async function findOpenInvitation(db: Kysely<Database>, token: string): Promise<OpenInvitation | undefined> {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('principals as p', 'p.id', 'i.principal_id')
    .select(['p.id', 'p.name', 'p.login', 'i.expires_at'])
    .where('i.token_hash', '=', sha256Hex(token))
    .where('i.used_at', 'is', null)
    .where('i.expires_at', '>', sql<Date>`now()`)
    .where('p.kind', '=', 'person')
    .where('p.disabled_at', 'is', null)
    .where('p.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { principalId: row.id, name: row.name, login: row.login!, expiresAt: row.expires_at };
}

/**
 * Uses the invitation up and sets the person's password (an argon2id hash), at most once: two acceptances at the
 * same time, one wins. A new password ends the person's other sessions. The person's id, or undefined when the link
 * could not be used (any more).
 */
export async function acceptInvitation(db: Kysely<Database>, token: string, passwordHash: string): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('invitations')
      .set({ used_at: sql`now()` })
      .where('token_hash', '=', sha256Hex(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('principal_id')
      .executeTakeFirst();
    if (!used) return undefined;
    const person = await trx
      .updateTable('principals')
      .set({ password_hash: passwordHash })
      .where('id', '=', used.principal_id)
      .where('kind', '=', 'person')
      .where('disabled_at', 'is', null)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!person) return undefined;
    await revokeSessionsOf(trx, person.id);
    return person.id;
  });
}
