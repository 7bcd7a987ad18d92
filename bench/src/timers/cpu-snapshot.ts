import { cpuSeconds, machineBusySeconds, processTreeCpuSeconds } from './process-usage';

/** Processes whose CPU time is compared over a phase; `tree` counts a process with its children (PostgreSQL). */
export interface WatchedProcess {
  name: string;
  pid: number | undefined;
  tree?: boolean;
}

export type CpuSnapshot = Map<string, number | undefined>;

/** CPU seconds so far of each process, and of the whole machine (`all processes`, other engineers' loads included). */
export function cpuSnapshot(processes: WatchedProcess[]): CpuSnapshot {
  return new Map([
    ...processes.map((p): [string, number | undefined] => [p.name, p.tree ? processTreeCpuSeconds(p.pid) : cpuSeconds(p.pid)]),
    ['all processes', machineBusySeconds()],
  ]);
}

/** "worker 41.2 s (69 % of a core, 2.1 ms per timer), …": CPU seconds between two snapshots, their share of one core, and per timer. */
export function describeCpuBetween(before: CpuSnapshot, after: CpuSnapshot, wallSeconds: number, timers: number): string {
  return [...after]
    .map(([name, end]) => {
      const start = before.get(name);
      if (end === undefined || start === undefined) return `${name} n/a`;
      const used = end - start;
      return `${name} ${used.toFixed(1)} s (${Math.round((100 * used) / wallSeconds)} % of a core, ${((1000 * used) / timers).toFixed(1)} ms per timer)`;
    })
    .join(', ');
}
