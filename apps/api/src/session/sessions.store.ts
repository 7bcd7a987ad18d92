import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../common/auth/sessions.repository';

export interface NewSession {
  tokenHash: string;
  principalId: string;
  csrfToken: string;
  address: string | null;
  userAgent: string | null;
}

/** Stores a session that starts now (the database's clock, as every expiry check uses); returns when it ends if unused. */
export async function insertSession(db: Kysely<Database>, session: NewSession): Promise<{ idleExpiresAt: Date }> {
  const row = await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      principal_id: session.principalId,
      csrf_token: session.csrfToken,
      idle_expires_at: sql`now() + make_interval(secs => ${SESSION_IDLE_SECONDS})`,
      expires_at: sql`now() + make_interval(secs => ${SESSION_ABSOLUTE_SECONDS})`,
      address: session.address,
      user_agent: session.userAgent,
    })
    .returning('idle_expires_at')
    .executeTakeFirstOrThrow();
  return { idleExpiresAt: row.idle_expires_at };
}

/** Ends one session (sign-out). */
export async function revokeSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set((eb) => ({ revoked_at: eb.fn<Date>('now') }))
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every live session of a principal (sign-out everywhere, disabling, a new password). */
export async function revokeSessionsOf(db: Kysely<Database>, principalId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set((eb) => ({ revoked_at: eb.fn<Date>('now') }))
    .where('principal_id', '=', principalId)
    .where('revoked_at', 'is', null)
    .execute();
}
