import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';

/** The postmaster's pid, as the parent of a backend of this connection (its backends are its children). */
export async function postmasterPid(db: Kysely<any>): Promise<number | undefined> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const backend = rows[0]?.pid;
  if (!backend) return undefined;
  try {
    const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}
