import type { Figure } from './figure';
import type { BenchServices } from './stack/bench-services';

/** One benchmark of `make bench`: measures ours and its baseline in the same run. */
export interface Benchmark {
  /** File-name-safe id, e.g. "item-creation"; `BENCH_ONLY=item-creation,timers` runs a subset. */
  id: string;
  title: string;
  run(context: BenchContext): Promise<BenchResult>;
}

export interface BenchResult {
  figures: Figure[];
  /** Facts worth keeping next to the table: memory, what bounds a missed target, with evidence. */
  notes: string[];
  /** Breakdowns shown under the notes (e.g. each API call's percentiles, each screen's files). */
  tables?: ResultTable[];
}

/** A small table of a benchmark's own, in its section of RESULTS.md. */
export interface ResultTable {
  caption: string;
  header: string[];
  /** Cells as shown. */
  rows: string[][];
  /** Columns (by index) to right-align: numbers. */
  numeric?: number[];
}

export interface BenchContext {
  services: BenchServices;
  /** BENCH_SCALE (default 1): multiplies sizes and durations, for a quick trial run (e.g. 0.1). */
  scale: number;
  log(message: string): void;
}
