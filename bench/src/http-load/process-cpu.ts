import os from 'node:os';
import { machineSeconds, processTreeCpuSeconds } from '../stack/process-usage';

export interface CpuShare {
  name: string;
  /** Cores used on average over the window (CPU seconds ÷ wall seconds). */
  cores: number;
}

export interface CpuReport {
  wallSeconds: number;
  shares: CpuShare[];
  /** Every process on the machine, including other people's loads. */
  machineCores: number;
}

/** Which processes to account for: a name and the root pid of each (its children count with it). */
export type CpuSubjects = Record<string, number | undefined>;

/** Samples per-process CPU time from /proc around a measured window. */
export function startCpuMeter(subjects: CpuSubjects): { stop(): CpuReport } {
  const named = Object.entries(subjects).filter((entry): entry is [string, number] => entry[1] !== undefined);
  const treeSeconds = (pid: number) => processTreeCpuSeconds(pid) ?? 0;
  const before = named.map(([, pid]) => treeSeconds(pid));
  const benchBefore = process.cpuUsage();
  const machineBefore = machineSeconds();
  const started = process.hrtime.bigint();
  return {
    stop() {
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const shares = named.map(([name, pid], i) => ({ name, cores: (treeSeconds(pid) - before[i]!) / wallSeconds }));
      const bench = process.cpuUsage(benchBefore);
      shares.push({ name: 'bench process (load + baseline worker)', cores: (bench.user + bench.system) / 1e6 / wallSeconds });
      const machineAfter = machineSeconds();
      const busyShare =
        machineBefore && machineAfter ? (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total) : Number.NaN;
      return { wallSeconds, shares, machineCores: busyShare * coreCount() };
    },
  };
}

const coreCount = () => os.cpus().length;

/** Cores used by processes outside the measurement: other people's loads on a shared machine. */
export const foreignCores = (report: CpuReport): number =>
  Math.max(0, report.machineCores - report.shares.reduce((sum, s) => sum + s.cores, 0));

export function describeCpu(report: CpuReport): string {
  const shares = report.shares.map((s) => `${s.name} ${s.cores.toFixed(2)}`).join(', ');
  return `CPU in cores over ${report.wallSeconds.toFixed(0)} s: ${shares}; everything else on the machine ${foreignCores(report).toFixed(2)}; machine busy ${report.machineCores.toFixed(2)} of ${coreCount()}`;
}

/** A warning for the notes when other processes took a noticeable share of the machine during the measurement. */
export function disturbanceNote(reports: CpuReport[]): string[] {
  const worst = Math.max(...reports.map(foreignCores));
  return worst >= 0.25
    ? [
        `DISTURBED: processes outside this benchmark used up to ${worst.toFixed(2)} of ${coreCount()} cores during its measurements, so its figures understate what this machine does alone; rerun on a quiet machine.`,
      ]
    : [];
}

export interface CallCost {
  /** CPU milliseconds per call, over every process measured. */
  totalMs: number;
  parts: { name: string; ms: number }[];
}

/**
 * CPU milliseconds each process spent per call over the window (CPU seconds ÷ calls): what one call costs the
 * machine. Count every call the window served, late ones included — they cost CPU too.
 */
export function costPerCall(report: CpuReport, calls: number): CallCost {
  if (!(calls > 0)) return { totalMs: 0, parts: [] };
  const parts = report.shares
    .map((s) => ({ name: s.name, ms: (s.cores * report.wallSeconds * 1000) / calls }))
    .filter((part) => part.ms >= 0.5);
  return { totalMs: parts.reduce((sum, part) => sum + part.ms, 0), parts };
}

export function describeCost(cost: CallCost): string {
  return `${cost.totalMs.toFixed(0)} CPU-ms per call (${cost.parts.map((part) => `${part.name} ${part.ms.toFixed(1)}`).join(', ')})`;
}
