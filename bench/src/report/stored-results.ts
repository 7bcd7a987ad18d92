import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResultTable } from '../benchmark';
import type { Figure } from '../figure';
import type { Machine } from '../machine';

/** What one benchmark left behind: kept per benchmark so `BENCH_ONLY=…` re-runs one and the report keeps the rest. */
export interface StoredResult {
  id: string;
  title: string;
  order: number;
  finishedAt: string;
  durationSeconds: number;
  machine: Machine;
  figures: Figure[];
  notes: string[];
  tables?: ResultTable[];
  /** Set when the benchmark itself failed (not when it missed a target). */
  error?: string;
}

export function writeStoredResult(dir: string, result: StoredResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

export function readStoredResults(dir: string): StoredResult[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as StoredResult).sort((a, b) => a.order - b.order);
}
