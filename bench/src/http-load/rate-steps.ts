import { type OpenLoopResult, runOpenLoop } from '../load/open-loop';
import { type CpuReport, type CpuSubjects, startCpuMeter } from './process-cpu';

export interface RateStep {
  rate: number;
  result: OpenLoopResult;
  cpu: CpuReport;
  held: boolean;
}

export interface SaturationSearch {
  /** Offered rates to try, lowest first; the search stops at the first one not held. */
  rates: number[];
  stepMs: number;
  p99LimitMs: number;
  cpuSubjects: CpuSubjects;
  /** Sends request i of the step at the given rate (ids must not repeat across steps). */
  send(rate: number, i: number): Promise<void>;
  /** Runs after each step, within its CPU window: e.g. lets late calls finish before the next step starts. */
  afterStep?(): Promise<void>;
  log(message: string): void;
}

/**
 * Steps the offered rate up until a step is not held (an error, or p99 above the limit): the highest rate held is
 * what the side sustains within the latency target, the fair figure to compare two sides' capacity by.
 */
export async function findSaturation(search: SaturationSearch): Promise<{ steps: RateStep[]; highestHeld: number }> {
  const steps: RateStep[] = [];
  let highestHeld = 0;
  for (const rate of search.rates) {
    const meter = startCpuMeter(search.cpuSubjects);
    const result = await runOpenLoop({ ratePerSecond: rate, durationMs: search.stepMs, send: (i) => search.send(rate, i) });
    const held = result.failed === 0 && result.latency.p99 <= search.p99LimitMs;
    await search.afterStep?.();
    steps.push({ rate, result, cpu: meter.stop(), held });
    search.log(`  ${rate}/s: ${describeRun(result)} → ${held ? 'held' : 'not held'}`);
    if (!held) break;
    highestHeld = rate;
  }
  return { steps, highestHeld };
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
  return steps.map((s) => `${s.rate}/s → p99 ${s.result.latency.p99.toFixed(0)} ms${s.result.failed ? `, ${s.result.failed} errors` : ''}${s.held ? '' : ' ✗'}`).join('; ');
}
