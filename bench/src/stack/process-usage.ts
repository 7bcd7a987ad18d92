import { readFileSync, readdirSync } from 'node:fs';

/** Linux USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime of the process (all its threads). */
  ownSeconds: number;
  /** cutime + cstime: children that have exited and been waited for. */
  reapedChildrenSeconds: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, so field n is at index n - 3.
    const fields = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return {
      ppid: fields[1],
      ownSeconds: (fields[11] + fields[12]) / TICKS_PER_SECOND,
      reapedChildrenSeconds: (fields[13] + fields[14]) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds a single process has used so far. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  return pid ? readStat(pid)?.ownSeconds : undefined;
}

/** CPU seconds of a process and its direct children, live and exited (e.g. the postmaster and its backends). */
export function processTreeCpuSeconds(pid: number | undefined): number | undefined {
  const root = pid ? readStat(pid) : undefined;
  if (!pid || !root) return undefined;
  let total = root.ownSeconds + root.reapedChildrenSeconds;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === pid) total += stat.ownSeconds;
  }
  return total;
}

/** CPU seconds of a process and all its descendants, live and exited (e.g. Chromium: its zygote and renderers). */
export function descendantsCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const stats = new Map<number, ProcStat>();
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    stats.set(Number(entry), stat);
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  // An exited child's reaped time already holds its own exited descendants'.
  const tree = (p: number): number =>
    (stats.get(p)?.ownSeconds ?? 0) +
    (stats.get(p)?.reapedChildrenSeconds ?? 0) +
    (children.get(p) ?? []).reduce((sum, c) => sum + tree(c), 0);
  return stats.has(pid) ? tree(pid) : undefined;
}

/** The first child of a process whose command name (/proc/<pid>/comm) is `name`, e.g. the Chromium playwright launched. */
export function childNamed(parent: number, name: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || readStat(Number(entry))?.ppid !== parent) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) return Number(entry);
    } catch {
      // exited meanwhile
    }
  }
  return undefined;
}

/** The parent of a process (e.g. the postmaster of a PostgreSQL backend). */
export function parentPid(pid: number): number | undefined {
  return readStat(pid)?.ppid;
}

/** CPU seconds the whole machine has spent busy (all cores, every process: /proc/stat minus idle and iowait). */
export function machineBusySeconds(): number | undefined {
  return machineSeconds()?.busy;
}

/** CPU seconds of the whole machine so far, busy and in all (busy + idle + iowait), from the first line of /proc/stat. */
export function machineSeconds(): { busy: number; total: number } | undefined {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = (user + nice + system + irq + softirq + (steal ?? 0)) / TICKS_PER_SECOND;
    return { busy, total: busy + (idle + iowait) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}
