import { build } from 'hdr-histogram-js';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentiles of latencies in milliseconds (HdrHistogram, microsecond resolution). */
export function summarize(latenciesMs: number[]): LatencySummary {
  const histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3 });
  for (const ms of latenciesMs) histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  const at = (percentile: number) => histogram.getValueAtPercentile(percentile) / 1000;
  const summary = {
    count: latenciesMs.length,
    p50: at(50),
    p90: at(90),
    p99: at(99),
    max: latenciesMs.length ? Math.max(...latenciesMs) : 0,
    mean: latenciesMs.length ? latenciesMs.reduce((a, b) => a + b, 0) / latenciesMs.length : 0,
  };
  histogram.destroy();
  return summary;
}
