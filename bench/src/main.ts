import { readBenchSettings } from '@closeloop/config';
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { createDb } from '@closeloop/db';
import type { Benchmark } from './benchmark';
import { describeMachine } from './machine';
import { readStoredResults, writeStoredResult } from './report/stored-results';
import { resultsChartPng } from './report/results-chart';
import { resultsMarkdown } from './report/results-markdown';
import { startBenchServices } from './stack/bench-services';
import { repoRoot } from '@closeloop/stack';

const benchDir = path.join(repoRoot, 'bench');
const resultsDir = path.join(benchDir, 'results');
const chartFile = 'results.png';

/**
 * `make bench`: runs each benchmark in bench/src/benchmarks (file names start with their number) on shared throw-away
 * servers, stores each one's figures in bench/results/<id>.json, then writes bench/RESULTS.md and bench/results.png from
 * all stored results. BENCH_ONLY=id,id runs a subset; BENCH_SCALE scales sizes and durations; BENCH_REPORT_ONLY=1 only
 * rewrites the report.
 */
async function main(): Promise<number> {
  let failures = 0;
  if (!readBenchSettings().reportOnly) failures = await runBenchmarks(await selectedBenchmarks());
  const results = readStoredResults(resultsDir);
  writeFileSync(path.join(benchDir, 'RESULTS.md'), resultsMarkdown(results, chartFile));
  writeFileSync(path.join(benchDir, chartFile), await resultsChartPng(results));
  console.log(`bench: wrote bench/RESULTS.md and bench/${chartFile} (${results.length} benchmarks)`);
  return failures === 0 ? 0 : 1;
}

async function selectedBenchmarks(): Promise<{ order: number; benchmark: Benchmark }[]> {
  const { only } = readBenchSettings();
  const dir = path.join(__dirname, 'benchmarks');
  const files = readdirSync(dir).filter((file) => /^\d+-.*\.js$/.test(file));
  const found = (
    await Promise.all(
      files.map(async (file) => {
        const loaded = (await import(pathToFileURL(path.join(dir, file)).href)) as { benchmark: Benchmark };
        return { order: Number(file.split('-')[0]), benchmark: loaded.benchmark };
      }),
    )
  ).sort((a, b) => a.order - b.order);
  const unknown = only?.filter((id) => !found.some((f) => f.benchmark.id === id)) ?? [];
  if (unknown.length)
    throw new Error(`BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')} (have ${found.map((f) => f.benchmark.id).join(', ')})`);
  return only ? found.filter((f) => only.includes(f.benchmark.id)) : found;
}

async function runBenchmarks(selected: { order: number; benchmark: Benchmark }[]): Promise<number> {
  const { scale } = readBenchSettings();
  const services = await startBenchServices();
  let failures = 0;
  try {
    const machine = describeMachine({ postgres: await postgresVersion(services.postgresUrl), temporalCliPath: temporalCliPath() });
    for (const { order, benchmark } of selected) {
      const log = (message: string) => console.log(`[${benchmark.id}] ${message}`);
      const started = Date.now();
      log(`start (${benchmark.title})`);
      const stored = { id: benchmark.id, title: benchmark.title, order, machine, figures: [], notes: [] } as const;
      try {
        const result = await benchmark.run({ services, scale, log });
        writeStoredResult(resultsDir, {
          ...stored,
          ...result,
          finishedAt: new Date().toISOString(),
          durationSeconds: (Date.now() - started) / 1000,
        });
      } catch (error) {
        failures++;
        console.error(error);
        writeStoredResult(resultsDir, {
          ...stored,
          figures: [],
          notes: [],
          error: String((error as Error)?.message ?? error),
          finishedAt: new Date().toISOString(),
          durationSeconds: (Date.now() - started) / 1000,
        });
      }
      log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await services.stop();
  }
  return failures;
}

async function postgresVersion(url: string): Promise<string | undefined> {
  const db = createDb(url, { max: 1 });
  try {
    const { rows } = await sql<{ server_version: string }>`show server_version`.execute(db);
    return `PostgreSQL ${rows[0]?.server_version}`;
  } finally {
    await db.destroy();
  }
}

function temporalCliPath(): string {
  return execFileSync(path.join(repoRoot, 'scripts/ensure-temporal.sh'), { encoding: 'utf8' }).trim();
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
