// `make up`: PostgreSQL, the Temporal dev server (with its Web UI), migrations, the first admin key, the worker,
// the API and a demo plan, all in the foreground. Ctrl-C (or `make down`) stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadDemoPlan } from './load-demo-plan.mjs';
import { assertPortFree, root, startPostgres, startTemporal, stopChild, waitForUrl } from './services.mjs';

const dataDir = path.join(root, '.data');
const pidFile = path.join(dataDir, 'up.pid');
const keyFile = path.join(dataDir, 'admin-key');
const env = (name, fallback) => process.env[name] || fallback;
const apiPort = Number(env('PORT', 3000));
const temporalPort = Number(env('CLOSELOOP_TEMPORAL_PORT', 7233));
const uiPort = Number(env('CLOSELOOP_TEMPORAL_UI_PORT', 8233));
const pgPort = Number(env('CLOSELOOP_PG_PORT', 55432));

const started = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  for (const service of started.reverse()) await service.stop().catch((e) => console.error(e.message));
  rmSync(pidFile, { force: true });
  process.exit(code);
}
// scripts/postgres.mjs hooks SIGINT/SIGTERM to stop PostgreSQL and exit at once; we stop everything in order
// instead (API, worker, Temporal, then PostgreSQL), so nothing is left running or cut off mid-write.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.removeAllListeners(signal);
  process.on(signal, () => stopAll(0));
}

function run(label, script, childEnv) {
  const result = spawnSync(process.execPath, [script], { cwd: root, env: childEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout.trim();
}

function serve(label, script, childEnv) {
  // Own process group: a Ctrl-C in the terminal reaches only this script, which stops children in order.
  const child = spawn(process.execPath, [script], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (stream, out) => stream.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) out.write(`[${label}] ${line}\n`);
  });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${label}] exited (${signal ?? code}); stopping everything`);
      stopAll(1);
    }
  });
  const service = { child, stop: () => stopChild(child) };
  started.push(service);
  return service;
}

try {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  const childEnv = { ...process.env, NODE_ENV: env('NODE_ENV', 'production') };

  if (!process.env.DATABASE_URL) {
    const pg = await startPostgres({ dataDir, port: pgPort });
    started.push(pg);
    childEnv.DATABASE_URL = pg.url;
  }
  const temporal = await startTemporal({
    dataDir: path.join(dataDir, 'temporal'),
    port: temporalPort,
    uiPort,
    dbFile: path.join(dataDir, 'temporal', 'temporal.db'),
    detached: true,
  });
  started.push(temporal);
  childEnv.TEMPORAL_ADDRESS = temporal.address;
  childEnv.PORT = String(apiPort);
  await assertPortFree(apiPort, 'the API');

  console.log(run('migrations', 'libs/db/dist/migrate-cli.js', childEnv));
  console.log(run('calendar', 'apps/api/dist/cli/seed-calendar.js', childEnv));
  const bootstrap = run('admin key', 'apps/api/dist/cli/bootstrap-admin.js', { ...childEnv, CLOSELOOP_KEY_FILE: keyFile });
  const adminKey = process.env.CLOSELOOP_BOOTSTRAP_KEY || readFileSync(keyFile, 'utf8').trim();

  serve('worker', 'apps/worker/dist/main.js', childEnv);
  const api = serve('api', 'apps/api/dist/main.js', childEnv);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitForUrl(`${apiUrl}/readyz`, 60_000, () => api.child.exitCode !== null);
  const demo = await loadDemoPlan(apiUrl, adminKey);

  console.log(`
Closeloop is up.
  API            ${apiUrl}/v1      (OpenAPI: ${apiUrl}/docs)
  Temporal UI    ${temporal.uiUrl}
  Temporal       ${temporal.address}
  PostgreSQL     ${childEnv.DATABASE_URL}
  ${bootstrap}${process.env.CLOSELOOP_BOOTSTRAP_KEY ? '' : `\n  (kept in ${path.relative(root, keyFile)}: export KEY=$(cat ${path.relative(root, keyFile)}))`}
  Demo plan      ${demo.planId}: ${demo.items} new of ${demo.total} items filed${
    process.env.CLOSELOOP_OUTBOUND_ALLOW?.trim()
      ? `\n  Outbound       CLOSELOOP_OUTBOUND_ALLOW is on: webhooks and robots may reach ${process.env.CLOSELOOP_OUTBOUND_ALLOW} (http too) — development only`
      : ''
  }
Ctrl-C or \`make down\` stops everything.`);
} catch (error) {
  console.error(error.message ?? error);
  await stopAll(1);
}
