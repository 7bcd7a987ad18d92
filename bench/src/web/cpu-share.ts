import os from 'node:os';
import { cpuSecondsOfTree, ownCpuSeconds } from '../db-bench/process-cpu';
import { descendantsCpuSeconds, machineSeconds } from '../stack/process-usage';

export interface Processes {
  api?: number;
  worker?: number;
  postgres?: number;
  chromium?: number;
}

type Part = 'api' | 'worker' | 'postgres' | 'chromium' | 'bench';

/**
 * Starts counting CPU; the function it returns describes, in cores, what each of our processes used since, the
 * rest of the machine (whoever else runs on it) and the machine as a whole.
 */
export function cpuShare(pids: Processes): () => string {
  const read = () => ({
    machine: machineSeconds(),
    api: pids.api ? cpuSecondsOfTree(pids.api) : NaN,
    worker: pids.worker ? cpuSecondsOfTree(pids.worker) : NaN,
    postgres: pids.postgres ? cpuSecondsOfTree(pids.postgres) : NaN,
    chromium: descendantsCpuSeconds(pids.chromium) ?? NaN,
    bench: ownCpuSeconds(),
  });
  const before = read();
  return () => {
    const after = read();
    const cores = os.cpus().length;
    const seconds = ((after.machine?.total ?? NaN) - (before.machine?.total ?? NaN)) / cores;
    const used = (part: Part) => after[part] - before[part];
    const parts: Part[] = ['chromium', 'api', 'postgres', 'worker', 'bench'];
    const ours = parts.reduce((sum, part) => sum + used(part), 0);
    const busy = (after.machine?.busy ?? NaN) - (before.machine?.busy ?? NaN);
    const inCores = (cpu: number) => (cpu / seconds).toFixed(2);
    const names: Record<Part, string> = {
      chromium: 'Chromium (all its processes)',
      api: 'API',
      postgres: 'PostgreSQL',
      worker: 'worker',
      bench: 'bench process',
    };
    return (
      `CPU in cores over ${seconds.toFixed(0)} s: ${parts.map((part) => `${names[part]} ${inCores(used(part))}`).join(', ')}; ` +
      `everything else on the machine ${inCores(Math.max(0, busy - ours))}; machine busy ${inCores(busy)} of ${cores}`
    );
  };
}
