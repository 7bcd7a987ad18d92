import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';

/**
 * A claim with no response after this long belongs to a request that will never finish it (its process died, or it
 * failed and could not release the key): the next request with the same key and body takes it over.
 */
export const ABANDONED_CLAIM_SECONDS = 30;

export type Claim =
  { kind: 'claimed' } | { kind: 'replay'; status: number; response: unknown } | { kind: 'in-progress' } | { kind: 'different-request' };

/** Claims the key for this request, or tells what an earlier request with the same key did. */
export async function claimIdempotencyKey(db: Kysely<Database>, principalId: string, key: string, requestHash: string): Promise<Claim> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ principal_id: principalId, key, request_hash: requestHash })
    .onConflict((oc) => oc.columns(['principal_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'claimed' };
  const earlier = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'response'])
    .where('principal_id', '=', principalId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (earlier.request_hash !== requestHash) return { kind: 'different-request' };
  if (earlier.status === null) {
    const taken = await sql<{ key: string }>`
      update idempotency_keys set created_at = now()
      where principal_id = ${principalId} and key = ${key} and request_hash = ${requestHash} and status is null
        and created_at < now() - make_interval(secs => ${ABANDONED_CLAIM_SECONDS})
      returning key`.execute(db);
    return taken.rows.length > 0 ? { kind: 'claimed' } : { kind: 'in-progress' };
  }
  return { kind: 'replay', status: earlier.status, response: earlier.response };
}

export async function recordIdempotentResponse(
  db: Kysely<Database>,
  principalId: string,
  key: string,
  status: number,
  response: unknown,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status, response: JSON.stringify(response) })
    .where('principal_id', '=', principalId)
    .where('key', '=', key)
    .execute();
}

/** A failed request frees its key, so the caller may retry with it. */
export async function releaseIdempotencyKey(db: Kysely<Database>, principalId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('principal_id', '=', principalId).where('key', '=', key).execute();
}
