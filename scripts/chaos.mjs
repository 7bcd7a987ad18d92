// `make chaos`: fault tests on a throw-away stack of real processes. PostgreSQL, the Temporal dev server (state in a
// SQLite file), the built worker and the built API run on their own ports; a load of mixed commands runs over HTTP
// while the worker, then the API, then Temporal, then PostgreSQL are killed with SIGKILL and started again. Then the
// system is given time to catch up, the worker and API are stopped, and the invariants are checked against the
// database (scripts/chaos-check.mjs, docs/chaos.md). Prints a JSON summary; exits 1 on any violation.
//
//   CHAOS_SECONDS (180)          how long the load runs; each kill happens once, spread over it
//   CHAOS_LANES (4)              items driven through their lives at once
//   CHAOS_QUIET_ITEMS (20)       items acknowledged and left alone: their reminders fall due on the policy's clock
//   CHAOS_DOWN_MS (2000)         how long a killed process stays down before it is started again
//   CHAOS_THINK_MS (150)         a lane's pause between steps (uniform in [½, 1½]×)
//   CHAOS_COMMAND_DEADLINE_MS (120000)  how long the client keeps retrying one command
//   CHAOS_CATCH_UP_MS (90000)    how long the system may take to catch up after the load
//   CHAOS_SUMMARY_FILE           also write the summary there
//   CHAOS_KEEP_DATA=1            keep .data/chaos-<port> and its PostgreSQL data (always kept when a check fails)
//   CHAOS_API_MAIN, CHAOS_WORKER_MAIN  other builds of the API and the worker (default apps/*/dist/main.js)
//   CLOSELOOP_CHAOS_PG_PORT (55650), CLOSELOOP_CHAOS_TEMPORAL_PORT (7450, and +10, +20), CLOSELOOP_CHAOS_API_PORT (3450)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PostgresServer, postgresDataDir } from './postgres.mjs';
import { createRequire } from 'node:module';
import { checkInvariants, waitForCatchUp } from './chaos-check.mjs';
import { Integrator, itemBody, runLane } from './chaos-load.mjs';
import { assertPortFree, removeDir, root, sleep, startTemporal, waitForUrl } from './services.mjs';

const require = createRequire(import.meta.url);
const env = (name, fallback) => process.env[name] || fallback;
const number = (name, fallback) => Number(env(name, String(fallback)));

const seconds = number('CHAOS_SECONDS', 180);
const lanes = number('CHAOS_LANES', 4);
const quietCount = number('CHAOS_QUIET_ITEMS', 20);
const downMs = number('CHAOS_DOWN_MS', 2000);
const thinkMs = number('CHAOS_THINK_MS', 150);
const commandDeadlineMs = number('CHAOS_COMMAND_DEADLINE_MS', 120_000);
const catchUpMs = number('CHAOS_CATCH_UP_MS', 90_000);
const pgPort = number('CLOSELOOP_CHAOS_PG_PORT', 55650);
const temporalPort = number('CLOSELOOP_CHAOS_TEMPORAL_PORT', 7450);
const apiPort = number('CLOSELOOP_CHAOS_API_PORT', 3450);
const dataDir = path.join(root, `.data/chaos-${pgPort}`);
const taskQueue = 'chaos';
const planCode = 'CHAOS';
/** Reports every 15 s, reminded 5 s before; a lapse raises a warning, three a bulletin; revisits 3 s after closure. */
const policy = {
  dueSoonBefore: 'P7D',
  publicNoticePeriod: 'PT2S',
  revisitAfter: ['PT3S'],
  requiredEvidenceKinds: ['photo'],
  reportEvery: 'PT15S',
  remindBefore: 'PT5S',
  escalation: [
    { level: 'warning', missedReports: 1 },
    { level: 'bulletin', missedReports: 3 },
  ],
};
const secrets = { '/unit': `whsec-unit-${randomBytes(8).toString('hex')}`, '/supervisor': `whsec-supervisor-${randomBytes(8).toString('hex')}` };

const t0 = Date.now();
const log = (message) => process.stderr.write(`chaos ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s  ${message}\n`);

// ---------- the servers, each of which can be killed with SIGKILL and started again ----------

/** PostgreSQL (scripts/postgres.mjs) on a persistent data directory, killed with SIGKILL on its postmaster's pid. */
class Postgres {
  constructor() {
    this.url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/closeloop`;
    this.logStream = createWriteStream(path.join(dataDir, 'postgres.log'), { flags: 'a' });
  }

  async start() {
    await waitUntilFree(pgPort, 'PostgreSQL');
    // After a SIGKILL of the postmaster its backends notice and exit; until they have, a new postmaster refuses
    // to start ("pre-existing shared memory block is still in use"): try again for a while.
    for (let attempt = 1; ; attempt++) {
      const pg = new PostgresServer({ dataDir, port: pgPort, onLog: (m) => this.logStream.write(String(m)) });
      try {
        await pg.start();
        this.pg = pg;
        break;
      } catch (error) {
        if (attempt >= 40) throw new Error(`PostgreSQL did not start again: ${error?.message ?? 'it exited'} (see ${dataDir}/postgres.log)`);
        await sleep(500);
      }
    }
    await this.pg.createDatabase('closeloop');
  }

  postmasterPid() {
    return this.pg.postmasterPid();
  }

  async kill() {
    const pid = this.postmasterPid();
    const exited = new Promise((resolve) => this.pg.process.once('exit', resolve));
    process.kill(pid, 'SIGKILL');
    await exited;
    return pid;
  }

  async stop() {
    await this.pg?.stop();
    this.logStream.end();
  }
}

/** The Temporal dev server with its state in a SQLite file, so a restart finds every workflow and timer. */
class Temporal {
  constructor() {
    this.address = `127.0.0.1:${temporalPort}`;
    this.dbFile = path.join(dataDir, 'temporal.db');
  }

  async start() {
    await waitUntilFree(temporalPort, 'Temporal');
    this.server = await startTemporal({ dataDir, port: temporalPort, dbFile: this.dbFile, logFile: path.join(dataDir, 'temporal.log') });
  }

  async kill() {
    const { pid } = this.server;
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid);
    return pid;
  }

  stop() {
    return this.server?.stop();
  }
}

/** A built Node app (worker or API) as its own process. */
class App {
  constructor(label, script, childEnv, ready) {
    Object.assign(this, { label, script, childEnv, ready });
    this.logStream = createWriteStream(path.join(dataDir, `${label}.log`), { flags: 'a' });
    /** Exits nobody asked for (a crash): each is a violation. */
    this.crashes = [];
  }

  async start() {
    const child = spawn(process.execPath, [this.script], { cwd: root, env: this.childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.output = '';
    child.once('exit', (code, signal) => {
      if (!child.expectedExit) this.crashes.push({ at: new Date().toISOString(), code, signal, lastOutput: this.output.slice(-1500) });
    });
    const collect = (chunk) => {
      this.logStream.write(chunk);
      if (this.output.length < 100_000) this.output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    await this.ready(this);
  }

  get exited() {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async kill() {
    const { pid } = this.child;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.expectedExit = true;
    process.kill(pid, 'SIGKILL');
    await exited;
    return pid;
  }

  async stop() {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.expectedExit = true;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    this.logStream.end();
  }
}

/** A kill as the summary shows it (its absolute instants only serve the duplicate-delivery check). */
const withoutClock = (kill) => Object.fromEntries(Object.entries(kill).filter(([name]) => name !== 'killedAt' && name !== 'upAt'));

async function waitUntilFree(port, what) {
  for (let i = 0; ; i++) {
    try {
      return await assertPortFree(port, what);
    } catch (error) {
      if (i >= 50) throw error;
      await sleep(200);
    }
  }
}

async function waitForExit(pid) {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
}

const workerReady = async (app) => {
  const deadline = Date.now() + 60_000;
  while (!app.output.includes('worker: polling')) {
    if (app.exited) throw new Error(`worker exited at start:\n${app.output.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`worker did not start:\n${app.output.slice(-2000)}`);
    await sleep(100);
  }
};
const apiReady = (app) => waitForUrl(`http://127.0.0.1:${apiPort}/readyz`, 60_000, () => app.exited);

// ---------- the webhook receiver: the outside world, never killed ----------

function startReceiver() {
  const receipts = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      receipts.push({
        at: Date.now(),
        path: req.url,
        deliveryId: req.headers['x-closeloop-delivery'],
        timestamp: req.headers['x-closeloop-timestamp'],
        signature: req.headers['x-closeloop-signature'],
        kind: safeKind(body),
        body,
      });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ receipts, hostPort: `127.0.0.1:${server.address().port}`, url: (p) => `http://127.0.0.1:${server.address().port}${p}`, close: () => new Promise((r) => server.close(r)) })),
  );
}

function safeKind(body) {
  try {
    return JSON.parse(body).kind;
  } catch {
    return undefined;
  }
}

// ---------- the run ----------

function run(command, args, childEnv) {
  const result = spawnSync(command, args, { cwd: root, env: childEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

async function setUp(client, adminKey, receiver) {
  const admin = { name: 'admin', key: adminKey };
  const must = async (label, promise) => {
    const c = await promise;
    if (c.outcome !== 'ok') throw new Error(`set-up: ${label} answered ${c.status}: ${JSON.stringify(c.body)}`);
    return c.body;
  };
  for (const unit of [
    { id: 'chaos', name: '演练市人民政府', kind: 'plan_owner' },
    { id: 'chaos-eco', name: '演练市生态环境局', kind: 'department', parentId: 'chaos' },
    { id: 'chaos-water', name: '演练市水务局', kind: 'department', parentId: 'chaos' },
  ]) {
    await must(`unit ${unit.id}`, client.command(admin, 'POST', '/v1/units', unit, { type: 'CreateUnit' }));
  }
  const actors = { admin };
  for (const [name, role, unitId, channelPath] of [
    ['unit', 'unit', 'chaos-water', '/unit'],
    ['supervisor', 'supervisor', 'chaos-eco', '/supervisor'],
    ['leader', 'leader', 'chaos-eco', undefined],
  ]) {
    const principal = await must(`principal ${name}`, client.command(admin, 'POST', '/v1/principals', { name: `演练 ${name}`, role, unitIds: [unitId] }, { type: 'CreatePrincipal' }));
    actors[name] = { name, key: principal.key, id: principal.id };
    if (channelPath) {
      const channels = [{ channel: 'webhook', address: receiver.url(channelPath), secret: secrets[channelPath] }];
      await must(`channels of ${name}`, client.command(actors[name], 'PUT', '/v1/me/channels', { channels }, { type: 'PutChannels' }));
    }
  }
  const plan = { id: planCode, title: '故障演练整改方案', sourceInspection: '故障演练', ownerUnitId: 'chaos', policy };
  await must('plan', client.command(admin, 'POST', '/v1/plans', plan, { type: 'IssuePlan' }));
  return actors;
}

/** Quiet items: filed before the load, acknowledged one by one early in it (anchoring their cadences), then left alone. */
async function fileQuietItems(client, actors) {
  const filed = await Promise.all(
    Array.from({ length: quietCount }, (_, i) => client.command(actors.admin, 'POST', '/v1/items', itemBody(planCode, `Q-${i + 1}`), { type: 'FileItem' })),
  );
  for (const c of filed) if (c.outcome === 'ok') c.itemId = c.body.id;
  return filed.filter((c) => c.outcome === 'ok').map((c) => c.body.id);
}

async function acknowledgeQuietItems(client, actors, ids, withinMs) {
  const spacing = withinMs / Math.max(1, ids.length);
  for (const itemId of ids) {
    const started = Date.now();
    await client.command(actors.unit, 'POST', `/v1/items/${itemId}/acknowledgement`, {}, { type: 'AcknowledgeItem', itemId });
    await sleep(Math.max(0, spacing - (Date.now() - started)));
  }
}

async function main() {
  removeDir(dataDir);
  mkdirSync(dataDir, { recursive: true });
  await assertPortFree(apiPort, 'the API');
  const started = [];
  const summary = { ok: false, config: { seconds, lanes, quietItems: quietCount, downMs, thinkMs, policy, ports: { postgres: pgPort, temporal: temporalPort, api: apiPort } } };
  const kills = [];
  let receiver;
  let db;
  try {
    receiver = await startReceiver();
    const postgres = new Postgres();
    await postgres.start();
    started.push(postgres);
    const temporal = new Temporal();
    await temporal.start();
    started.push(temporal);
    log(`PostgreSQL ${postgres.url}, Temporal ${temporal.address}`);

    const childEnv = { ...process.env };
    for (const name of ['CLOSELOOP_BOOTSTRAP_KEY', 'CLOSELOOP_KEY_FILE', 'SMTP_HOST', 'WORKFLOW_BUNDLE_PATH']) delete childEnv[name];
    Object.assign(childEnv, {
      NODE_ENV: 'production',
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
      NOTIFICATION_POLL_MS: '250',
      // A claim held by a killed worker is taken over after this long (the receiver answers at once).
      NOTIFICATION_LEASE_MS: '15000',
      // The receiver is local http: allow-listed, as the outbound policy refuses anything but public https.
      CLOSELOOP_OUTBOUND_ALLOW: receiver.hostPort,
    });
    run(process.execPath, ['libs/db/dist/migrate-cli.js'], childEnv);
    run(process.execPath, ['apps/api/dist/cli/seed-calendar.js'], childEnv);
    const adminKey = /cl_[A-Za-z0-9_-]+/.exec(run(process.execPath, ['apps/api/dist/cli/bootstrap-admin.js'], childEnv))?.[0];
    if (!adminKey) throw new Error('no admin key from bootstrap-admin');

    const worker = new App('worker', env('CHAOS_WORKER_MAIN', 'apps/worker/dist/main.js'), childEnv, workerReady);
    await worker.start();
    started.push(worker);
    const api = new App('api', env('CHAOS_API_MAIN', 'apps/api/dist/main.js'), childEnv, apiReady);
    await api.start();
    started.push(api);
    log('worker and API up');

    const client = new Integrator(`http://127.0.0.1:${apiPort}`, { deadlineMs: commandDeadlineMs, log });
    const actors = await setUp(client, adminKey, receiver);
    const quietItemIds = await fileQuietItems(client, actors);
    log(`units, principals with webhook channels, the plan and ${quietItemIds.length} quiet items set up`);

    // The load, and the kills in their order while it runs.
    const loadStart = Date.now();
    const until = loadStart + seconds * 1000;
    const counters = { items: 0, lives: 0, waits: 0 };
    const quiet = acknowledgeQuietItems(client, actors, quietItemIds, Math.min(15_000, seconds * 250));
    const laneRuns = Array.from({ length: lanes }, (_, i) => runLane({ client, actors, planCode, lane: i + 1, until, thinkMs, counters }));
    const targets = { worker, api, temporal, postgres };
    const schedule = [
      ['worker', 0.15],
      ['api', 0.35],
      ['temporal', 0.55],
      ['postgres', 0.75],
    ];
    let calmFrom = loadStart;
    for (const [target, fraction] of schedule) {
      // On its share of the load, and never before the load has run 3 s on the previous restart.
      await sleep(Math.max(0, loadStart + fraction * seconds * 1000 - Date.now(), calmFrom + 3000 - Date.now()));
      // Strike while commands are on their way (for up to 3 s more), not in a lull between them.
      const inFlightNow = () => client.commands.filter((c) => c.endedAt === undefined).length;
      for (const waitUntil = Date.now() + 3000; inFlightNow() === 0 && Date.now() < waitUntil; ) await sleep(10);
      const inFlight = inFlightNow();
      const killedAt = Date.now();
      const pid = await targets[target].kill();
      log(`kill -9 ${target} (pid ${pid}), ${inFlight} commands in flight`);
      await sleep(downMs);
      await targets[target].start();
      const upAt = Date.now();
      calmFrom = upAt;
      kills.push({ target, pid, signal: 'SIGKILL', atSecond: Math.round((killedAt - loadStart) / 100) / 10, commandsInFlight: inFlight, downMs: upAt - killedAt, killedAt, upAt });
      log(`${target} up again after ${upAt - killedAt} ms`);
    }
    await quiet;
    await Promise.all(laneRuns);
    const loadEnded = Date.now();
    log(`load over: ${client.commands.length} commands, ${counters.items} items driven, ${counters.lives} to consolidation`);

    // Catch up: every time fact due by the cutoff recorded, every delivery due by it delivered.
    const cutoff = loadEnded;
    db = require('@closeloop/db').createDb(postgres.url, { max: 4 });
    const caughtUp = await waitForCatchUp(db, { cutoff, quietItemIds, policy }, catchUpMs, log);
    // Nothing writes from here on: the checks see a still database.
    const crashes = [worker, api].flatMap((app) => app.crashes.map((c) => ({ kind: 'process-crashed', detail: `${app.label} exited by itself at ${c.at} (code ${c.code}, signal ${c.signal}): ${c.lastOutput}` })));
    await api.stop();
    await worker.stop();
    log(`caught up in ${caughtUp.waitedMs} ms; API and worker stopped; checking`);

    const result = await checkInvariants({
      db,
      commands: client.commands,
      quietItemIds,
      policy,
      cutoff,
      receipts: receiver.receipts,
      secrets,
      kills,
      unitPrincipalId: actors.unit.id,
    });
    const workflows = await checkWorkflows(temporal.address, db, cutoff);
    const violations = [...crashes, ...caughtUp.missing.map((m) => ({ kind: 'not-caught-up', detail: m })), ...result.violations, ...workflows.violations];
    Object.assign(summary, {
      ok: violations.length === 0,
      durationSeconds: Math.round((Date.now() - t0) / 1000),
      loadSeconds: Math.round((loadEnded - loadStart) / 1000),
      catchUpMs: caughtUp.waitedMs,
      itemsDriven: counters.items,
      livesToConsolidation: counters.lives,
      quietItems: quietItemIds.length,
      kills: kills.map(withoutClock),
      ...result.figures,
      reads: client.reads,
      workflows: workflows.figures,
      violationCount: violations.length,
      violations: violations.slice(0, 50),
    });
  } catch (error) {
    summary.error = String(error?.stack ?? error);
    summary.kills = kills.map(withoutClock);
  } finally {
    await db?.destroy().catch(() => {});
    for (const service of started.reverse()) await service.stop().catch((e) => log(`stopping: ${e?.message ?? e}`));
    await receiver?.close();
  }
  if (receiver) writeFileSync(path.join(dataDir, 'receipts.json'), JSON.stringify({ kills, receipts: receiver.receipts.map((r) => ({ at: r.at, path: r.path, deliveryId: r.deliveryId, kind: r.kind })) }));
  const text = JSON.stringify(summary, null, 2);
  console.log(text);
  if (process.env.CHAOS_SUMMARY_FILE) writeFileSync(process.env.CHAOS_SUMMARY_FILE, text);
  if (summary.ok && !process.env.CHAOS_KEEP_DATA) removeDir(dataDir);
  else log(`data and logs kept in ${dataDir}, PostgreSQL's data in ${postgresDataDir(dataDir)}`);
  return summary.ok ? 0 : 1;
}

/** No stuck workflow: a consolidated item's workflow has completed, every other one runs with nothing pending. */
async function checkWorkflows(address, db, cutoff) {
  const { Client, Connection } = require('@temporalio/client');
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: 'default' });
  const violations = [];
  const figures = { running: 0, completed: 0 };
  try {
    const items = await db.selectFrom('items').select(['id', 'status']).execute();
    for (const item of items) {
      const description = await client.workflow.getHandle(`item-${item.id}`).describe();
      const status = description.status.name;
      const expected = item.status === 'consolidated' ? 'COMPLETED' : 'RUNNING';
      if (status !== expected) violations.push({ kind: 'workflow-state', detail: `item-${item.id} is ${status}, its item ${item.status}` });
      if (status === 'RUNNING') figures.running += 1;
      if (status === 'COMPLETED') figures.completed += 1;
      // An activity scheduled by a timer that fired after the load may still wait for the stopped worker; one
      // scheduled before the cutoff, or failing again and again, is stuck.
      for (const activity of description.raw.pendingActivities ?? []) {
        const scheduled = activity.scheduledTime?.seconds != null ? Number(String(activity.scheduledTime.seconds)) * 1000 : Date.now();
        if (scheduled < cutoff || activity.attempt > 3) {
          violations.push({ kind: 'workflow-stuck', detail: `item-${item.id}: ${activity.activityType?.name} pending since ${new Date(scheduled).toISOString()}, attempt ${activity.attempt}` });
        }
      }
    }
  } finally {
    await connection.close();
  }
  return { violations, figures };
}

process.exit(await main());
