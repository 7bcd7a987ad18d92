import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** USER_HZ on Linux: /proc reports CPU time in these ticks (getconf CLK_TCK; 100 on every mainstream kernel). */
const ticksPerSecond = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime */
  ownTicks: number;
  /** cutime + cstime: children that exited and were reaped. */
  reapedChildTicks: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)", which may itself hold spaces: state ppid ... utime(14) stime(15) cutime(16) cstime(17).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const at = (field: number) => Number(fields[field - 3]);
    return { ppid: at(4), ownTicks: at(14) + at(15), reapedChildTicks: at(16) + at(17) };
  } catch {
    return undefined;
  }
}

/** CPU ticks used so far by a process and its children (alive or reaped), e.g. the postmaster and its backends. */
function treeTicks(rootPid: number): number {
  const root = procStat(rootPid);
  if (!root) return 0;
  let ticks = root.ownTicks + root.reapedChildTicks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = procStat(Number(entry));
    if (child?.ppid === rootPid) ticks += child.ownTicks;
  }
  return ticks;
}

/** Busy and total ticks of the whole machine, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
  return { busy, total: busy + idle! + iowait! };
}

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
  const before = named.map(([, pid]) => treeTicks(pid));
  const benchBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const started = process.hrtime.bigint();
  return {
    stop() {
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const shares = named.map(([name, pid], i) => ({ name, cores: (treeTicks(pid) - before[i]!) / ticksPerSecond / wallSeconds }));
      const bench = process.cpuUsage(benchBefore);
      shares.push({ name: 'bench process (load + baseline worker)', cores: (bench.user + bench.system) / 1e6 / wallSeconds });
      const machineAfter = machineTicks();
      const busyShare = (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);
      return { wallSeconds, shares, machineCores: busyShare * coreCount() };
    },
  };
}

const coreCount = () => os.cpus().length;

/** Cores used by processes outside the measurement: other people's loads on a shared machine. */
export const foreignCores = (report: CpuReport): number => Math.max(0, report.machineCores - report.shares.reduce((sum, s) => sum + s.cores, 0));

export function describeCpu(report: CpuReport): string {
  const shares = report.shares.map((s) => `${s.name} ${s.cores.toFixed(2)}`).join(', ');
  return `CPU in cores over ${report.wallSeconds.toFixed(0)} s: ${shares}; everything else on the machine ${foreignCores(report).toFixed(2)}; machine busy ${report.machineCores.toFixed(2)} of ${coreCount()}`;
}

/** A warning for the notes when other processes took a noticeable share of the machine during the measurement. */
export function disturbanceNote(reports: CpuReport[]): string[] {
  const worst = Math.max(...reports.map(foreignCores));
  return worst >= 0.25
    ? [`DISTURBED: processes outside this benchmark used up to ${worst.toFixed(2)} of ${coreCount()} cores during its measurements, so its figures understate what this machine does alone; rerun on a quiet machine.`]
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
  const parts = report.shares.map((s) => ({ name: s.name, ms: (s.cores * report.wallSeconds * 1000) / calls })).filter((part) => part.ms >= 0.5);
  return { totalMs: parts.reduce((sum, part) => sum + part.ms, 0), parts };
}

export function describeCost(cost: CallCost): string {
  return `${cost.totalMs.toFixed(0)} CPU-ms per call (${cost.parts.map((part) => `${part.name} ${part.ms.toFixed(1)}`).join(', ')})`;
}
