import { cpuSeconds, machineBusySeconds, processTreeCpuSeconds } from '../stack/process-usage';

/** Processes whose CPU time is compared over a phase; `tree` counts a process with its children (PostgreSQL). */
export interface WatchedProcess {
  name: string;
  pid: number | undefined;
  tree?: boolean;
}

export type CpuSnapshot = Map<string, number | undefined>;

const MACHINE = 'all processes';

/** CPU seconds so far of each process, and of the whole machine (`all processes`, other engineers' loads included). */
export function cpuSnapshot(processes: WatchedProcess[]): CpuSnapshot {
  return new Map([
    ...processes.map((p): [string, number | undefined] => [p.name, p.tree ? processTreeCpuSeconds(p.pid) : cpuSeconds(p.pid)]),
    [MACHINE, machineBusySeconds()],
  ]);
}

export interface CpuUse {
  /** "worker 41.2 s (69 % of a core, 2.1 ms per timer), …, all processes …". */
  text: string;
  /** CPU milliseconds per timer of the watched processes together (the machine's other loads not counted). */
  watchedMsPerTimer: number;
  /** How many cores the whole machine kept busy on average. */
  machineBusyCores: number;
}

/** CPU used between two snapshots: per process, its share of one core and per timer; and the watched ones together. */
export function cpuUseBetween(before: CpuSnapshot, after: CpuSnapshot, wallSeconds: number, timers: number): CpuUse {
  const used = [...after].map(([name, end]): [string, number | undefined] => {
    const start = before.get(name);
    return [name, end === undefined || start === undefined ? undefined : end - start];
  });
  const text = used
    .map(([name, seconds]) =>
      seconds === undefined
        ? `${name} n/a`
        : `${name} ${seconds.toFixed(1)} s (${Math.round((100 * seconds) / wallSeconds)} % of a core, ${((1000 * seconds) / timers).toFixed(1)} ms per timer)`,
    )
    .join(', ');
  const watched = used.filter(([name]) => name !== MACHINE).reduce((sum, [, seconds]) => sum + (seconds ?? 0), 0);
  const machine = used.find(([name]) => name === MACHINE)?.[1] ?? Number.NaN;
  return { text, watchedMsPerTimer: (1000 * watched) / timers, machineBusyCores: machine / wallSeconds };
}
