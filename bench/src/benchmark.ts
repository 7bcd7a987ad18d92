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
}

export interface BenchContext {
  services: BenchServices;
  /** BENCH_SCALE (default 1): multiplies sizes and durations, for a quick trial run (e.g. 0.1). */
  scale: number;
  log(message: string): void;
}
