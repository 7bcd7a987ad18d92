import { processTreeCpuSeconds } from '../stack/process-usage';

/** CPU seconds (user + system) used so far by a process and its children, including children that exited. */
export const cpuSecondsOfTree = (rootPid: number): number => processTreeCpuSeconds(rootPid) ?? Number.NaN;

/** This process's own CPU seconds so far. */
export const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
