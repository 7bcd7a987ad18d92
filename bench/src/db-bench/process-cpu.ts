import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const TICKS_PER_SECOND = 100;

/** The PostgreSQL server's postmaster pid (the server runs on this machine: its data directory is local). */
export async function postmasterPid(db: Kysely<Database>): Promise<number | undefined> {
  try {
    const { rows } = await sql<{ setting: string }>`select setting from pg_settings where name = 'data_directory'`.execute(db);
    const dir = rows[0]?.setting;
    return dir ? Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) used so far by a process and everything under it, including children that exited. */
export function cpuSecondsOfTree(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number; childTicks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), childTicks: Number(fields[13]) + Number(fields[14]) });
    } catch {
      // the process ended while we looked
    }
  }
  let ticks = 0;
  const visit = (pid: number) => {
    const stat = stats.get(pid);
    if (!stat) return;
    ticks += stat.ticks + stat.childTicks;
    for (const [child, s] of stats) if (s.ppid === pid) visit(child);
  };
  visit(rootPid);
  return ticks / TICKS_PER_SECOND;
}

/** This process's own CPU seconds so far. */
export const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
