import { type OpenLoopResult, runOpenLoop } from '../load/open-loop';
import { type CpuReport, type CpuSubjects, startCpuMeter } from './process-cpu';

export interface RateStep {
  rate: number;
  result: OpenLoopResult;
  cpu: CpuReport;
  /** Kept up with: every call answered, p99 within the capacity bound. */
  keptUp: boolean;
}

export interface SaturationSearch {
  /** Offered rates to try, lowest first; the search stops at the first one not kept up with. */
  rates: number[];
  stepMs: number;
  /**
   * A p99 above this means the queue grew through the step: above its capacity, a side's latency climbs by the
   * step's length times the overload, so a bound well above the working latency separates "keeps up" from "falls behind".
   */
  capacityP99Ms: number;
  cpuSubjects: CpuSubjects;
  /** Sends request i of the step at the given rate (ids must not repeat across steps). */
  send(rate: number, i: number): Promise<void>;
  /** Runs after each step, within its CPU window: e.g. lets late calls finish before the next step starts. */
  afterStep?(): Promise<void>;
  log(message: string): void;
}

/** Steps the offered rate up until a side no longer keeps up; every step is kept for the figures and notes. */
export async function stepRates(search: SaturationSearch): Promise<RateStep[]> {
  const steps: RateStep[] = [];
  for (const rate of search.rates) {
    const meter = startCpuMeter(search.cpuSubjects);
    const result = await runOpenLoop({ ratePerSecond: rate, durationMs: search.stepMs, send: (i) => search.send(rate, i) });
    const keptUp = result.failed === 0 && result.latency.p99 <= search.capacityP99Ms;
    await search.afterStep?.();
    steps.push({ rate, result, cpu: meter.stop(), keptUp });
    search.log(`  ${rate}/s: ${describeRun(result)} → ${keptUp ? 'kept up' : 'fell behind'}`);
    if (!keptUp) break;
  }
  return steps;
}

/** The highest rate of the unbroken run of steps from the lowest up that meets `ok` (0 when the first does not). */
export function highestRate(steps: RateStep[], ok: (step: RateStep) => boolean): number {
  let highest = 0;
  for (const step of steps) {
    if (!ok(step)) break;
    highest = step.rate;
  }
  return highest;
}

export function describeRun(result: OpenLoopResult): string {
  const { latency: l } = result;
  const errors = result.failed ? `, ${result.failed} errors (first: ${result.firstErrors[0]})` : '';
  return (
    `${result.offered} offered, ${result.succeeded} succeeded${errors}, sustained ${result.sustainedPerSecond.toFixed(1)}/s, ` +
    `p50 ${l.p50.toFixed(1)} ms, p90 ${l.p90.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(0)} ms`
  );
}

export function describeSteps(steps: RateStep[]): string {
  return steps
    .map(
      (s) =>
        `${s.rate}/s → ${s.result.sustainedPerSecond.toFixed(1)}/s, p99 ${s.result.latency.p99.toFixed(0)} ms${s.result.failed ? `, ${s.result.failed} errors` : ''}${s.keptUp ? '' : ' (fell behind)'}`,
    )
    .join('; ');
}
