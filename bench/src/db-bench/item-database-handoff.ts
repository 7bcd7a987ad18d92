import { readBenchSettings } from '@closeloop/config';
import type { BenchDatabase } from '../stack/bench-services';

/** The id of the benchmark that reads the items benchmark 5 rebuilt (6-read-api). */
export const readApiBenchmarkId = 'read-api';

let kept: { database: BenchDatabase; items: number } | undefined;

/**
 * Benchmark 5 leaves its database (a log of N items and the read models rebuilt from it) to benchmark 6 when that
 * one runs next in this process, instead of 6 generating the same data again. Returns whether it was kept.
 */
export function keepForReadApi(database: BenchDatabase, items: number): boolean {
  const { only } = readBenchSettings();
  if (only && !only.includes(readApiBenchmarkId)) return false;
  kept = { database, items };
  return true;
}

/** The kept database if it holds `items` items; the caller then owns it (and drops it). */
export function takeItemDatabase(items: number): BenchDatabase | undefined {
  const found = kept;
  kept = undefined;
  if (found && found.items === items) return found.database;
  void found?.database.drop();
  return undefined;
}
