import { rebuildReadModels } from '@closeloop/read-models';
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import type { Benchmark } from '../benchmark';
import { copyRoundTripSeconds } from '../db-bench/copy-round-trip';
import { keepForReadApi } from '../db-bench/item-database-handoff';
import { cpuSecondsOfTree, ownCpuSeconds } from '../db-bench/process-cpu';
import { postmasterPid } from '../http-load/postgres-pid';
import { serverFiles } from '../db-bench/server-files';
import { FULL_SCALE_ITEMS, loadSyntheticLog, siblingsForItems } from '../db-bench/synthetic-event-log';

const title = '5. Projection rebuild';

/**
 * A year of a province's plans: ~100,000 items whose lives the real decider played out (≈ 1,000,000 events,
 * interleaved in time as in production), bulk-loaded with COPY; then `make rebuild`'s code replays them into fresh
 * read models. Baseline: PostgreSQL's COPY of the same rows out and into a fresh table of the same shape.
 */
export const benchmark: Benchmark = {
  id: 'projection-rebuild',
  title,
  async run({ services, scale, log }) {
    const items = Math.max(1000, Math.round(FULL_SCALE_ITEMS * scale));
    const database = await services.freshDatabase('bench_projection_rebuild');
    const files = serverFiles('closeloop-bench-rebuild');
    let kept = false;
    try {
      const loaded = await loadSyntheticLog(database.db, files, { items, siblingsPerRound: siblingsForItems(items) }, log);
      const serverPid = await postmasterPid(database.db);

      log(`rebuilding the read models from ${loaded.events} events`);
      const cpuBefore = { ours: ownCpuSeconds(), postgres: serverPid ? cpuSecondsOfTree(serverPid) : NaN };
      const started = performance.now();
      const replayed = await rebuildReadModels(database.db);
      const rebuildSeconds = (performance.now() - started) / 1000;
      const cpu = { ours: ownCpuSeconds() - cpuBefore.ours, postgres: serverPid ? cpuSecondsOfTree(serverPid) - cpuBefore.postgres : NaN };
      if (replayed !== loaded.events) throw new Error(`the rebuild replayed ${replayed} events, the log holds ${loaded.events}`);
      const { rows } = await sql<{
        items: string;
        plans: string;
      }>`select (select count(*) from items) as items, (select count(*) from plans) as plans`.execute(database.db);
      if (Number(rows[0].items) !== items) throw new Error(`the rebuild made ${rows[0].items} item rows for ${items} items`);
      log(`rebuilt in ${rebuildSeconds.toFixed(1)} s (${Math.round(replayed / rebuildSeconds)} events/s)`);

      const copy = await copyRoundTripSeconds(database.db, files);
      log(`COPY out and in: ${copy.seconds.toFixed(1)} s (${Math.round(loaded.events / copy.seconds)} events/s)`);

      const byType = Object.entries(loaded.byType)
        .sort((a, b) => b[1] - a[1])
        .map(([type, n]) => `${type} ${n}`)
        .join(', ');
      kept = keepForReadApi(database, items);
      return {
        figures: [
          {
            benchmark: title,
            name: `rebuild of ${loaded.events.toLocaleString('en')} events`,
            unit: 'events/s',
            ours: replayed / rebuildSeconds,
            baseline: { label: 'COPY of the same rows out and into a fresh events table', value: loaded.events / copy.seconds },
            targets: [{ on: 'ours', op: '>=', value: 5000 }],
          },
        ],
        notes: [
          `Log: ${items.toLocaleString('en')} items in ${rows[0].plans} plans, ${loaded.events.toLocaleString('en')} events (${(loaded.events / items).toFixed(1)} per item, ${Math.round(loaded.bytes / 2 ** 20)} MiB as COPY text), simulated with the real decider and evolve over a year; generated in ${loaded.generateSeconds.toFixed(0)} s, loaded with COPY in ${loaded.copySeconds.toFixed(0)} s.`,
          `Events by type: ${byType}.`,
          `Rebuild (libs/read-models rebuildReadModels, as make rebuild: one transaction, the log replayed stream by stream in batches of 5,000 events, one SELECT … FOR UPDATE and one multi-row upsert of the batch's items): ${rebuildSeconds.toFixed(1)} s; CPU ${cpu.ours.toFixed(1)} s in the rebuilding Node process, ${cpu.postgres.toFixed(1)} s in PostgreSQL.`,
          `Baseline: COPY events TO a file ${copy.out.toFixed(1)} s + COPY FROM it into a table LIKE events INCLUDING ALL ${copy.in.toFixed(1)} s.`,
        ],
      };
    } finally {
      files.remove();
      if (!kept) await database.drop();
    }
  },
};
