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
  // pg-pool listens only while a client is idle. A client in use — checked out, e.g. between the statements of a
  // transaction — whose server goes away (a crash, a restart) emits 'error' on itself, which would crash the process
  // just the same. The failure already reaches whoever uses the client (its next statement is refused), and the
  // pool discards the client on release: nothing more to do than to listen.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
