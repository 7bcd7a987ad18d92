import { performance } from 'node:perf_hooks';
import { type LatencySummary, summarize } from '../load/latencies';
import type { SyntheticAppend } from '../synthetic/timeline';

export interface WritersResult {
  events: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
  latency: LatencySummary;
}

/**
 * Each list is one writer, appending its appends one after the other (closed loop) until `durationMs` have passed
 * or its list is done; all writers run at once. Counts only appends that completed.
 */
export async function runWriters(
  lists: SyntheticAppend[][],
  durationMs: number,
  append: (a: SyntheticAppend) => Promise<void>,
): Promise<WritersResult> {
  const latencies: number[] = [];
  let events = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  await Promise.all(
    lists.map(async (list) => {
      for (const item of list) {
        if (performance.now() >= deadline) return;
        const sent = performance.now();
        await append(item);
        latencies.push(performance.now() - sent);
        events += item.events.length;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { events, appends: latencies.length, seconds, eventsPerSecond: events / seconds, latency: summarize(latencies) };
}
