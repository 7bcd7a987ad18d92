/** The nearest-rank percentile (0 < p ≤ 100) of a sample: the smallest value with at least p % of the sample at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface SmallSummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** p50, p95 and max of a small sample (page loads, the calls behind them), by nearest rank: exact values, no histogram. */
export function summarizeSmall(values: readonly number[]): SmallSummary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : NaN };
}
