import type { Database } from '@closeloop/db';
import { CompiledQuery, type Kysely } from 'kysely';

/** What rate-limiter-flexible's PostgreSQL store calls on a `pg` Pool (its `storeType: 'pool'`). */
export interface PoolLike {
  query(query: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }>;
}

/**
 * The store's queries, sent through the app's Kysely (and so its pool, its type parsers and its error handling)
 * instead of a second pool. `rowCount` is what pg reports: rows changed by a write, rows returned by a read.
 */
export function limiterStoreClient(db: Kysely<Database>): PoolLike {
  return {
    async query({ text, values }) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows, rowCount: result.numAffectedRows === undefined ? result.rows.length : Number(result.numAffectedRows) };
    },
  };
}
