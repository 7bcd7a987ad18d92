import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';

/** What the callback needs to finish a sign-in the redirect started, kept under its `state`. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
  nonce: string;
}

/** How long a person has at the provider between the redirect and the callback. */
const LIFETIME = sql`interval '10 minutes'`;

/** Keeps a pending sign-in for 10 minutes, and clears the ones that have expired. */
export async function savePendingSignIn(db: Kysely<Database>, pending: PendingSignIn): Promise<void> {
  await db
    .deleteFrom('oidc_sign_ins')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
  await db
    .insertInto('oidc_sign_ins')
    .values({ state: pending.state, code_verifier: pending.codeVerifier, nonce: pending.nonce, expires_at: sql`now() + ${LIFETIME}` })
    .execute();
}

/** The pending sign-in of `state`, marked used in the same statement: undefined when unknown, expired or used before. */
export async function consumePendingSignIn(db: Kysely<Database>, state: string): Promise<PendingSignIn | undefined> {
  const row = await db
    .updateTable('oidc_sign_ins')
    .set({ used_at: sql`now()` })
    .where('state', '=', state)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['state', 'code_verifier', 'nonce'])
    .executeTakeFirst();
  return row && { state: row.state, codeVerifier: row.code_verifier, nonce: row.nonce };
}
