import type { Client } from '@temporalio/client';
import { type InjectedSinks, type NativeConnection, Worker } from '@temporalio/worker';
import { dueInstantAfter, waitWhileProgressing } from './arm-margin';
import type { BareTimerActivities, BareTimerFired, BareTimerSinks, bareTimerWorkflow } from './bare-timer-workflow';
import { forEachConcurrently } from './concurrently';
import { type CpuUse, type WatchedProcess, cpuSnapshot, cpuUseBetween } from './cpu-snapshot';
import { sampleResidentMemory } from './memory-sampler';
import { terminateWorkflows } from './terminate-workflows';
import { type WorkflowTaskRetries, workflowTaskRetries } from './workflow-task-retries';
import { type TimerOutcome, summarizeOutcome } from './timer-outcome';

export interface BareTimersOptions {
  client: Client;
  connection: NativeConnection;
  count: number;
  /** Give up waiting this long after the due instant (and sooner once no timer has fired for 30 s). */
  waitAfterDueMs: number;
  /** Processes whose CPU time over the burst is reported (the bench process runs this worker). */
  watch: WatchedProcess[];
  log(message: string): void;
}

export interface BareTimersResult {
  outcome: TimerOutcome;
  dueAt: Date;
  startedPerSecond: number;
  /** How long before the due instant the last timer was armed. */
  armedAheadSeconds: number;
  /** Timers not yet armed when they fell due (the calibration underestimated the setup): their lateness is setup's too. */
  unarmed: number;
  /** Resident MiB of the bench process (which runs the baseline's worker): just before the due instant and at the peak. */
  memory: { beforeMiB?: number; peakMiB?: number };
  /** Seconds from the due instant until the last timer's activity ran. */
  drainSeconds: number;
  /** CPU over the burst, from the due instant until the last one was recorded. */
  cpu: CpuUse;
  retries: WorkflowTaskRetries;
}

const STARTS_IN_FLIGHT = 64;
const CALIBRATION = 300;

/**
 * The baseline: `count` bare workflows on their own task queue, run by a Worker inside the bench process, each
 * sleeping until the same instant and then running one trivial local activity that notes when it ran. How far ahead that
 * instant lies comes from a calibration batch (due an hour later, terminated at the end).
 */
export async function runBareTimers(options: BareTimersOptions): Promise<BareTimersResult> {
  const { client, connection, count, log } = options;
  const taskQueue = `bench-bare-timers-${Date.now()}`;
  const fired = new Map<number, { firedAtMs: number; wokeAtMs: number; times: number }>();
  /** When each workflow armed its timer (epoch ms). */
  const armed = new Map<number, number>();
  const finished = new Set<number>();
  const activities: BareTimerActivities = {
    async timerFired(event: BareTimerFired) {
      const seen = fired.get(event.id);
      if (seen) seen.times++;
      else fired.set(event.id, { firedAtMs: Date.now(), wokeAtMs: event.wokeAtMs, times: 1 });
    },
  };
  const sinks: InjectedSinks<BareTimerSinks> = {
    bench: { timerArmed: { fn: (_info, id) => void armed.set(id, Date.now()) }, finished: { fn: (_info, id) => void finished.add(id) } },
  };
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: require.resolve('./bare-timer-workflow'),
    activities,
    sinks,
    // Worker settings as in apps/worker (the SDK's defaults), so that the comparison is of what runs in the workflows.
  });
  const memory = sampleResidentMemory(process.pid);
  // Ids 0…count-1 are measured; count… are the calibration batch.
  const workflowIds = Array.from({ length: count + CALIBRATION }, (_, i) => `${taskQueue}-${i}`);
  /**
   * Starts ids from…to-1 and waits until they have armed their timers. Returns how many per second were started and
   * armed (first start to last armed), the steady rate (between a quarter and three quarters armed) and the ramp
   * (first start to a quarter armed), which a larger batch pays only once.
   */
  const startAll = async (from: number, to: number, dueAtMs: number) => {
    const started = Date.now();
    await forEachConcurrently(to - from, STARTS_IN_FLIGHT, async (i) => {
      await client.workflow.start<typeof bareTimerWorkflow>('bareTimerWorkflow', {
        workflowId: workflowIds[from + i],
        taskQueue,
        args: [{ id: from + i, dueAtMs }],
      });
    });
    const armedOf = () => workflowIds.slice(from, to).filter((_, i) => armed.has(from + i)).length;
    await until(() => armedOf() === to - from || Date.now() >= dueAtMs, 200);
    const times = workflowIds
      .slice(from, to)
      .map((_, i) => armed.get(from + i) ?? Date.now())
      .sort((a, b) => a - b);
    const [quarter, threeQuarters] = [times[Math.floor(times.length / 4)], times[Math.floor((3 * times.length) / 4)]];
    return {
      armedPerSecond: ((to - from) * 1000) / Math.max(Date.now() - started, 1),
      steadyPerSecond: (times.length * 500) / Math.max(threeQuarters - quarter, 1),
      rampSeconds: (quarter - started) / 1000,
    };
  };
  let dueAt = new Date(0);

  const run = async () => {
    const calibration = await startAll(count, count + CALIBRATION, Date.now() + 3_600_000);
    dueAt = dueInstantAfter(count / calibration.steadyPerSecond + calibration.rampSeconds, 2.2);
    const due = dueAt.getTime();
    log(
      `baseline: starting ${count} bare timer workflows due at ${dueAt.toISOString()} (calibrated ${calibration.steadyPerSecond.toFixed(0)}/s)`,
    );
    const { armedPerSecond: startedPerSecond } = await startAll(0, count, due);
    const armedAheadSeconds = (due - Date.now()) / 1000;
    const unarmed = workflowIds.slice(0, count).filter((_, i) => !armed.has(i)).length;
    log(`baseline: ${count - unarmed} timers armed ${armedAheadSeconds.toFixed(0)} s before due (${startedPerSecond.toFixed(0)}/s)`);
    await until(() => Date.now() >= due - 1000);
    const beforeMiB = memory.peakSince(Date.now() - 1000);
    const cpuBefore = cpuSnapshot(options.watch);
    await waitWhileProgressing(async () => fired.size, count, due + options.waitAfterDueMs);
    const cpu = cpuUseBetween(cpuBefore, cpuSnapshot(options.watch), (Date.now() - due + 1000) / 1000, count);
    const peakMiB = memory.peakSince(due);
    // Let the workflows that fired complete (and leave time for a duplicate to show up).
    await waitWhileProgressing(async () => finished.size, fired.size, Date.now() + 60_000, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    log(`baseline: ${fired.size} of ${count} fired; CPU over the burst: ${cpu.text}`);
    const retries = await workflowTaskRetries(client, workflowIds.slice(0, count));
    return { startedPerSecond, armedAheadSeconds, unarmed, beforeMiB, peakMiB, cpu, retries };
  };
  try {
    const { startedPerSecond, armedAheadSeconds, unarmed, beforeMiB, peakMiB, cpu, retries } = await worker.runUntil(run());
    const due = dueAt.getTime();
    const timers = [...fired.values()];
    return {
      outcome: summarizeOutcome(
        count,
        timers.map((f) => ({ lateMs: f.firedAtMs - due, wokeLateMs: f.wokeAtMs - due, times: f.times })),
      ),
      dueAt,
      startedPerSecond,
      armedAheadSeconds,
      unarmed,
      memory: { beforeMiB, peakMiB },
      drainSeconds: (Math.max(...timers.map((f) => f.firedAtMs)) - due) / 1000,
      cpu,
      retries,
    };
  } finally {
    memory.stop();
    // Stop the calibration batch and any that did not finish.
    const unfinished = workflowIds.filter((_, i) => !finished.has(i));
    await terminateWorkflows(client, unfinished).catch((error) => log(`baseline: terminating left-overs failed: ${error}`));
  }
}

async function until(done: () => boolean, everyMs = 100): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
