import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { findCaller } from './caller-query';
import type { Caller } from './principal';

/** Sessions end 8 hours after their last request (sliding), and 7 days after sign-in whatever happens. */
export const SESSION_IDLE_SECONDS = 8 * 3600;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 3600;
/** The sliding expiry is written at most this often per session (not on every request). */
const TOUCH_AFTER = '1 minute';

/** The session a request was made in (left on the request by the guard). */
export interface RequestSession {
  tokenHash: string;
  csrfToken: string;
  /** When it ends unless used again: the idle expiry, never past the absolute one. */
  expiresAt: Date;
}

/**
 * The person a live session belongs to, and the session: not revoked, neither idle nor absolute expiry passed, the
 * person neither disabled nor revoked. A session not seen for a minute is touched: its idle expiry slides on.
 */
export async function findCallerBySession(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ caller: Caller; session: RequestSession } | undefined> {
  const found = await findCaller<{ csrf_token: string; idle_expires_at: Date; stale: boolean }>(
    db,
    sql`select p.id, p.name, p.role, p.unit_ids, s.csrf_token, s.idle_expires_at, s.last_seen_at < now() - ${TOUCH_AFTER}::interval as stale
        from sessions s join principals p on p.id = s.principal_id
        where s.token_hash = ${tokenHash} and s.revoked_at is null and s.idle_expires_at > now() and s.expires_at > now()
          and p.kind = 'person' and p.disabled_at is null and p.revoked_at is null`,
  );
  if (!found) return undefined;
  const { caller, row } = found;
  const expiresAt = row.stale ? await touchSession(db, tokenHash) : row.idle_expires_at;
  return { caller, session: { tokenHash, csrfToken: row.csrf_token, expiresAt } };
}

/** Records the use: the idle expiry moves to 8 hours from now (but not past the absolute expiry). */
async function touchSession(db: Kysely<Database>, tokenHash: string): Promise<Date> {
  const row = await db
    .updateTable('sessions')
    .set({
      last_seen_at: sql`now()`,
      idle_expires_at: sql`least(now() + make_interval(secs => ${SESSION_IDLE_SECONDS}), expires_at)`,
    })
    .where('token_hash', '=', tokenHash)
    .returning('idle_expires_at')
    .executeTakeFirstOrThrow();
  return row.idle_expires_at;
}
