import { Kysely, PostgresDialect } from 'kysely';
import { Pool, types } from 'pg';
import type { Database } from './database';

const INT8 = 20;
const DATE = 1082;

/** int8 as number (global positions stay far below 2^53); date as the plain `YYYY-MM-DD` string. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === DATE) return (value: string) => value;
    return types.getTypeParser(oid, format);
  }) as typeof types.getTypeParser,
};

export function createDb(connectionString: string, options: { max?: number } = {}): Kysely<Database> {
  const pool = new Pool({ connectionString, max: options.max ?? 10, types: typeParsers });
  // An idle connection dropped by the server (restart, failover) is replaced on next use; without a
  // listener, node would treat the pool's 'error' event as fatal and crash the process.
  pool.on('error', (error) => console.error(`postgres: idle connection lost: ${error.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
