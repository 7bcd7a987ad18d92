import { rebuildReadModels } from '@closeloop/read-models';
import os from 'node:os';
import { sql } from 'kysely';
import type { Benchmark } from '../benchmark';
import { type ClosedLoopResult, closedLoopGet } from '../db-bench/closed-loop-http';
import { explainItemList } from '../db-bench/explain-item-list';
import { takeItemDatabase } from '../db-bench/item-database-handoff';
import { itemListPaths } from '../db-bench/item-filters';
import { cpuSecondsOfTree, ownCpuSeconds } from '../db-bench/process-cpu';
import { postmasterPid } from '../http-load/postgres-pid';
import { serverFiles } from '../db-bench/server-files';
import { FULL_SCALE_ITEMS, loadSyntheticLog, siblingsForItems } from '../db-bench/synthetic-event-log';
import type { BenchDatabase, BenchServices } from '../stack/bench-services';
import { residentMiB, startCloseloop } from '../stack/closeloop-processes';

const title = '6. Read API';
const CONNECTIONS = 32;

/**
 * `GET /v1/items` with the filters plan offices use, over 100,000 items (benchmark 5's rebuilt read models, or the
 * same log generated and rebuilt here), 32 closed-loop connections with the admin key, against `GET /healthz` of
 * the same API process (no I/O: it returns a constant after the same middleware).
 */
export const benchmark: Benchmark = {
  id: 'read-api',
  title,
  async run({ services, scale, log }) {
    const items = Math.max(1000, Math.round(FULL_SCALE_ITEMS * scale));
    const seconds = Math.max(5, Math.round(20 * scale));
    const reused = takeItemDatabase(items);
    const database = reused ?? (await itemDatabase(services, items, log));
    try {
      await sql`analyze items`.execute(database.db);
      const app = await startCloseloop({
        databaseUrl: database.url,
        temporalAddress: services.temporalAddress,
        taskQueue: 'bench-read-api',
      });
      try {
        const headers = { authorization: `Bearer ${app.adminKey}` };
        const paths = await itemListPaths(database.db);
        const pages = await checkEveryPath(app.baseUrl, paths, headers);
        log(`${paths.length} filtered lists, ${pages.items} items a page on average; warming up`);
        await closedLoopGet({ baseUrl: app.baseUrl, paths, headers, connections: CONNECTIONS, seconds: 3 });

        const serverPid = await postmasterPid(database.db);
        const measure = async (run: () => Promise<ClosedLoopResult>) => {
          const before = {
            api: cpuSecondsOfTree(app.api.pid!),
            postgres: serverPid ? cpuSecondsOfTree(serverPid) : NaN,
            bench: ownCpuSeconds(),
          };
          const result = await run();
          const cpu = {
            api: cpuSecondsOfTree(app.api.pid!) - before.api,
            postgres: serverPid ? cpuSecondsOfTree(serverPid) - before.postgres : NaN,
            bench: ownCpuSeconds() - before.bench,
          };
          return { result, cpu };
        };
        const list = await measure(() => closedLoopGet({ baseUrl: app.baseUrl, paths, headers, connections: CONNECTIONS, seconds }));
        log(`GET /v1/items: ${Math.round(list.result.okPerSecond)} req/s, p99 ${list.result.p99} ms, ${list.result.failed} failed`);
        const bare = await measure(() => closedLoopGet({ baseUrl: app.baseUrl, paths: ['/healthz'], connections: CONNECTIONS, seconds }));
        log(`GET /healthz: ${Math.round(bare.result.okPerSecond)} req/s, p99 ${bare.result.p99} ms`);
        const apiMiB = residentMiB(app.api.pid);
        const plans = await explainPlans(database.url, paths);

        const share = (m: typeof list) =>
          `CPU over the run: API process ${m.cpu.api.toFixed(1)} s, PostgreSQL ${m.cpu.postgres.toFixed(1)} s, load generator (autocannon in the bench process) ${m.cpu.bench.toFixed(1)} s, of ${(2 * seconds).toFixed(0)} core-seconds`;
        const failures = (r: ClosedLoopResult) => `${r.failed} failed (status codes ${JSON.stringify(r.statusCodes)})`;
        return {
          figures: [
            {
              benchmark: title,
              name: `GET /v1/items with filters, ${CONNECTIONS} connections`,
              unit: 'req/s',
              ours: list.result.okPerSecond,
              baseline: { label: 'GET /healthz (a constant) on the same server', value: bare.result.okPerSecond },
              targets: [{ on: 'ours', op: '>=', value: 1000 }],
            },
            {
              benchmark: title,
              name: `GET /v1/items p99 at ${CONNECTIONS} connections`,
              unit: 'ms',
              ours: list.result.p99,
              baseline: { label: 'GET /healthz (a constant) on the same server', value: bare.result.p99 },
              targets: [{ on: 'ours', op: '<=', value: 50 }],
            },
          ],
          notes: [
            `${items.toLocaleString('en')} items (${reused ? "benchmark 5's rebuilt read models" : 'a log generated and rebuilt as in benchmark 5'}); ${paths.length} filtered lists in turn (plan + status, plan + light, plan + overdue, plan + light + due before, unit + status, unit + light, status), default page size, ${pages.items.toFixed(1)} items and ${Math.round(pages.bytes / 1024)} KiB a page on average; admin key as bearer; ${seconds} s each after a 3 s warm-up.`,
            `GET /v1/items: ${list.result.ok} answers, p50 ${list.result.p50} ms, p99 ${list.result.p99} ms, max ${list.result.max} ms, ${failures(list.result)}. ${share(list)}.`,
            `GET /healthz: ${bare.result.ok} answers, p50 ${bare.result.p50} ms, p99 ${bare.result.p99} ms, ${failures(bare.result)}. ${share(bare)}. API resident memory ${apiMiB?.toFixed(0)} MiB.`,
            `EXPLAIN ANALYZE of the list's statement (listItemsJson): ${plans}`,
            whatBoundsIt(list, bare),
          ],
        };
      } finally {
        await app.stop();
      }
    } finally {
      await database.drop();
    }
  },
};

/** CPU per answer in each process, and the rate that CPU allows on this machine's cores. */
function whatBoundsIt(list: { result: ClosedLoopResult; cpu: Record<'api' | 'postgres' | 'bench', number> }, bare: typeof list): string {
  const perAnswer = (m: typeof list, process: 'api' | 'postgres' | 'bench') =>
    (m.cpu[process] * 1000) / Math.max(1, m.result.ok + m.result.failed);
  const total = perAnswer(list, 'api') + perAnswer(list, 'postgres') + perAnswer(list, 'bench');
  const cores = os.cpus().length;
  return (
    `What bounds it: each list answer costs ${perAnswer(list, 'api').toFixed(2)} ms of CPU in the API process (against ${perAnswer(bare, 'api').toFixed(2)} ms for /healthz), ` +
    `${perAnswer(list, 'postgres').toFixed(2)} ms in PostgreSQL and ${perAnswer(list, 'bench').toFixed(2)} ms in the load generator: ${total.toFixed(1)} ms in all, so ${cores} cores allow at most ~${Math.round((cores * 1000) / total)} answers/s. ` +
    `The page is the cost: each item's view is stored as JSON text when it is projected, PostgreSQL joins a page of them and the API sends that text unparsed, yet receiving and writing ~50 views (tens of KiB) still costs the API's one Node thread several times a constant answer (a CPU profile: decoding the result, writing the socket, garbage collection, per-request framework work). ` +
    `Auth is not: the key's SHA-256 takes microseconds and the principal is one indexed lookup per request, left uncached so that a revoked key stops working at once on every API process.`
  );
}

async function itemDatabase(services: BenchServices, items: number, log: (m: string) => void): Promise<BenchDatabase> {
  const database = await services.freshDatabase('bench_read_api');
  const files = serverFiles('closeloop-bench-read-api');
  try {
    await loadSyntheticLog(database.db, files, { items, siblingsPerRound: siblingsForItems(items) }, log);
    log('rebuilding the read models');
    await rebuildReadModels(database.db);
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  } finally {
    files.remove();
  }
}

/** Every list answers 200 before the load starts; returns the average page (items, bytes). */
async function checkEveryPath(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string>,
): Promise<{ items: number; bytes: number }> {
  let items = 0;
  let bytes = 0;
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
    items += (JSON.parse(body) as { items: unknown[] }).items.length;
    bytes += Buffer.byteLength(body);
  }
  return { items: items / paths.length, bytes: bytes / paths.length };
}

/** The plans of three typical filters, from the paths' own values. */
async function explainPlans(databaseUrl: string, paths: string[]): Promise<string> {
  const first = (pattern: RegExp) => paths.map((p) => pattern.exec(p)?.[1]).find((v) => v !== undefined);
  const plan = first(/plan=([^&]+)/);
  const unit = first(/unit=([^&]+)/);
  const shapes = [
    { label: 'plan + status', filter: { planCode: plan, status: 'in_progress' } },
    { label: 'plan + light', filter: { planCode: plan, light: 'red' } },
    { label: 'unit + status', filter: { unitId: unit, status: 'in_progress' } },
  ];
  const explained: string[] = [];
  for (const shape of shapes) explained.push(`${shape.label}: ${await explainItemList(databaseUrl, shape.filter)}`);
  return explained.join(' | ');
}
