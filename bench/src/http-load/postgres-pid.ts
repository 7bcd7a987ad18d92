import { type Kysely, sql } from 'kysely';
import { parentPid } from '../stack/process-usage';

/** The postmaster's pid, as the parent of a backend of this connection (its backends are its children). */
export async function postmasterPid(db: Kysely<any>): Promise<number | undefined> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const backend = rows[0]?.pid;
  return backend ? parentPid(backend) : undefined;
}
