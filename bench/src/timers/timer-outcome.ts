import { type LatencySummary, summarize } from '../load/latencies';

/** One timer that fired: how late (ms after its due instant) it was recorded, and how many times. */
export interface FiredTimer {
  /** Recorded (ours: the event's recorded_at; baseline: the activity ran) minus due. */
  lateMs: number;
  /** The workflow's clock when its timer task ran, minus due. */
  wokeLateMs: number;
  times: number;
}

export interface TimerOutcome {
  expected: number;
  lateness: LatencySummary;
  /** The same, up to the workflow waking (before the activity that records it). */
  wokeLateness: LatencySummary;
  early: number;
  missing: number;
  duplicated: number;
}

/** Lateness percentiles over timers that fired (early ones count as 0 in the histogram and are counted apart). */
export function summarizeOutcome(expected: number, fired: FiredTimer[]): TimerOutcome {
  return {
    expected,
    lateness: summarize(fired.map((f) => Math.max(f.lateMs, 0))),
    wokeLateness: summarize(fired.map((f) => Math.max(f.wokeLateMs, 0))),
    early: fired.filter((f) => f.lateMs < 0).length,
    missing: expected - fired.length,
    duplicated: fired.filter((f) => f.times > 1).length,
  };
}
