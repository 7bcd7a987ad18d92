import { performance } from 'node:perf_hooks';
import { type LatencySummary, summarize } from './latencies';

export interface OpenLoopOptions {
  /** Requests started per second, whatever the answers' pace (an open system, like many independent callers). */
  ratePerSecond: number;
  durationMs: number;
  /** Sends request number i; resolves when it succeeded, throws when it failed. */
  send(i: number): Promise<void>;
}

export interface OpenLoopResult {
  offered: number;
  succeeded: number;
  failed: number;
  /** Successes per second over the whole run, until the last answer came back. */
  sustainedPerSecond: number;
  /** From each request's scheduled start, so a stall counts against every request it delays (no coordinated omission). */
  latency: LatencySummary;
  firstErrors: string[];
}

/** Fixed-rate load: request i is due at start + i / rate, and is sent then even if earlier ones are still pending. */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const total = Math.max(1, Math.round((options.ratePerSecond * options.durationMs) / 1000));
  const intervalMs = 1000 / options.ratePerSecond;
  const latencies: number[] = [];
  const firstErrors: string[] = [];
  let failed = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      options.send(i).then(
        () => void latencies.push(performance.now() - due),
        (error: unknown) => {
          failed++;
          if (firstErrors.length < 5) firstErrors.push(String((error as Error)?.message ?? error));
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsedSeconds = (performance.now() - start) / 1000;
  return {
    offered: total,
    succeeded: latencies.length,
    failed,
    sustainedPerSecond: latencies.length / elapsedSeconds,
    latency: summarize(latencies),
    firstErrors,
  };
}
