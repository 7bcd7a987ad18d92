// `make chaos`: fault tests on a throw-away stack of real processes. PostgreSQL, the Temporal dev server (state in a
// SQLite file), the built worker and the built API run on their own ports; a load of mixed commands runs over HTTP
// while the worker, then the API, then Temporal, then PostgreSQL are killed with SIGKILL and started again. Then the
// system is given time to catch up, the worker and API are stopped, and the invariants are checked against the
// database (check.ts, docs/chaos.md). Prints a JSON summary; exits 1 on any violation.
// Settings: CHAOS_* (libs/config harness.ts readChaosSettings); ports CLOSELOOP_PG_PORT (55650),
// CLOSELOOP_TEMPORAL_PORT (7450, and +10, +20), PORT (3450).
import { type ChaosSettings, readChaosSettings, readStackSettings } from '@closeloop/config';
import { createDb } from '@closeloop/db';
import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { NodeApp, apiReady, workerReady } from '../node-app';
import { assertPortFree, sleep, waitUntilFree } from '../ports';
import { PostgresServer, postgresDataDir, removeDataDir } from '../postgres';
import { repoRoot } from '../repo-root';
import { runNode } from '../stack';
import { type TemporalServer, startTemporal } from '../temporal';
import { type Kill, type Receipt, type Violation, checkInvariants, waitForCatchUp } from './check';
import { type Actor, type Actors, type CommandRecord, Integrator, itemBody, runLane } from './load';

const settings: ChaosSettings = readChaosSettings();
const { ports } = readStackSettings('chaos');
const { seconds, lanes, quietItems: quietCount, downMs, thinkMs, commandDeadlineMs, catchUpMs } = settings;
const dataDir = path.join(repoRoot, `.data/chaos-${ports.postgres}`);
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
const secrets: Record<string, string> = {
  '/unit': `whsec-unit-${randomBytes(8).toString('hex')}`,
  '/supervisor': `whsec-supervisor-${randomBytes(8).toString('hex')}`,
};

const t0 = Date.now();
const log = (message: string) => process.stderr.write(`chaos ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s  ${message}\n`);

// ---------- the servers, each of which can be killed with SIGKILL and started again ----------

interface Target {
  kill(): Promise<number | undefined>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** PostgreSQL on a persistent data directory, killed with SIGKILL on its postmaster's pid. */
class Postgres implements Target {
  readonly url = `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/closeloop`;
  private readonly logStream = createWriteStream(path.join(dataDir, 'postgres.log'), { flags: 'a' });
  private pg?: PostgresServer;

  async start(): Promise<void> {
    await waitUntilFree(ports.postgres, 'PostgreSQL');
    // After a SIGKILL of the postmaster its backends notice and exit; until they have, a new postmaster refuses
    // to start ("pre-existing shared memory block is still in use"): try again for a while.
    for (let attempt = 1; ; attempt++) {
      const pg = new PostgresServer({ dataDir, port: ports.postgres, onLog: (m) => this.logStream.write(m) });
      try {
        await pg.start();
        this.pg = pg;
        break;
      } catch (error) {
        if (attempt >= 40)
          throw new Error(`PostgreSQL did not start again: ${(error as Error)?.message ?? 'it exited'} (see ${dataDir}/postgres.log)`);
        await sleep(500);
      }
    }
    await this.pg!.createDatabase('closeloop');
  }

  kill(): Promise<number> {
    return this.pg!.kill();
  }

  async stop(): Promise<void> {
    await this.pg?.stop();
    this.logStream.end();
  }
}

/** The Temporal dev server with its state in a SQLite file, so a restart finds every workflow and timer. */
class Temporal implements Target {
  readonly address = `127.0.0.1:${ports.temporal}`;
  private server?: TemporalServer;

  async start(): Promise<void> {
    await waitUntilFree(ports.temporal, 'Temporal');
    this.server = await startTemporal({
      dataDir,
      port: ports.temporal,
      dbFile: path.join(dataDir, 'temporal.db'),
      logFile: path.join(dataDir, 'temporal.log'),
    });
  }

  kill(): Promise<number> {
    return this.server!.kill();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}

/** A kill as the summary shows it (its absolute instants only serve the duplicate-delivery check). */
const withoutClock = (kill: Kill) => Object.fromEntries(Object.entries(kill).filter(([name]) => name !== 'killedAt' && name !== 'upAt'));

// ---------- the webhook receiver: the outside world, never killed ----------

interface Receiver {
  receipts: Receipt[];
  hostPort: string;
  url(p: string): string;
  close(): Promise<void>;
}

function startReceiver(): Promise<Receiver> {
  const receipts: Receipt[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      receipts.push({
        at: Date.now(),
        path: req.url ?? '',
        deliveryId: header(req.headers['x-closeloop-delivery']),
        timestamp: header(req.headers['x-closeloop-timestamp']),
        signature: header(req.headers['x-closeloop-signature']),
        kind: safeKind(body),
        body,
      });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        receipts,
        hostPort: `127.0.0.1:${port}`,
        url: (p) => `http://127.0.0.1:${port}${p}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    }),
  );
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function safeKind(body: string): string | undefined {
  try {
    return JSON.parse(body).kind;
  } catch {
    return undefined;
  }
}

// ---------- the run ----------

async function setUp(client: Integrator, adminKey: string, receiver: Receiver): Promise<Actors> {
  const admin: Actor = { name: 'admin', key: adminKey };
  const must = async <D>(label: string, promise: Promise<CommandRecord & { data?: D }>): Promise<D> => {
    const c = await promise;
    if (c.outcome !== 'ok' || c.data === undefined) throw new Error(`set-up: ${label} answered ${c.status}: ${JSON.stringify(c.body)}`);
    return c.data;
  };
  for (const unit of [
    { id: 'chaos', name: '演练市人民政府', kind: 'plan_owner' },
    { id: 'chaos-eco', name: '演练市生态环境局', kind: 'department', parentId: 'chaos' },
    { id: 'chaos-water', name: '演练市水务局', kind: 'department', parentId: 'chaos' },
  ] as const) {
    await must(
      `unit ${unit.id}`,
      client.command(admin, 'CreateUnit', (api, attempt) => api.POST('/v1/units', { ...attempt, body: unit })),
    );
  }
  const actors: Partial<Actors> & { admin: Actor } = { admin };
  for (const [name, role, unitId, channelPath] of [
    ['unit', 'unit', 'chaos-water', '/unit'],
    ['supervisor', 'supervisor', 'chaos-eco', '/supervisor'],
    ['leader', 'leader', 'chaos-eco', undefined],
  ] as const) {
    const body = { name: `演练 ${name}`, role, unitIds: [unitId] };
    const principal = await must(
      `principal ${name}`,
      client.command(admin, 'CreatePrincipal', (api, attempt) => api.POST('/v1/principals', { ...attempt, body })),
    );
    const actor: Actor = { name, key: principal.key, id: principal.id };
    actors[name] = actor;
    if (channelPath) {
      const channels = [{ channel: 'webhook' as const, address: receiver.url(channelPath), secret: secrets[channelPath] }];
      await must(
        `channels of ${name}`,
        client.command(actor, 'PutChannels', (api, attempt) => api.PUT('/v1/me/channels', { ...attempt, body: { channels } })),
      );
    }
  }
  const plan = { id: planCode, title: '故障演练整改方案', sourceInspection: '故障演练', ownerUnitId: 'chaos', policy };
  await must(
    'plan',
    client.command(admin, 'IssuePlan', (api, attempt) => api.POST('/v1/plans', { ...attempt, body: plan })),
  );
  return actors as Actors;
}

/** Quiet items: filed before the load, acknowledged one by one early in it (anchoring their cadences), then left alone. */
async function fileQuietItems(client: Integrator, actors: Actors): Promise<string[]> {
  const filed = await Promise.all(
    Array.from({ length: quietCount }, (_, i) =>
      client.command(actors.admin, 'FileItem', (api, attempt) =>
        api.POST('/v1/items', { ...attempt, body: itemBody(planCode, `Q-${i + 1}`) }),
      ),
    ),
  );
  const ids: string[] = [];
  for (const c of filed) if (c.data) ids.push((c.itemId = c.data.id));
  return ids;
}

async function acknowledgeQuietItems(client: Integrator, actors: Actors, ids: string[], withinMs: number): Promise<void> {
  const spacing = withinMs / Math.max(1, ids.length);
  for (const itemId of ids) {
    const started = Date.now();
    await client.command(
      actors.unit,
      'AcknowledgeItem',
      (api, attempt) => api.POST('/v1/items/{id}/acknowledgement', { ...attempt, params: { path: { id: itemId } }, body: {} }),
      { itemId },
    );
    await sleep(Math.max(0, spacing - (Date.now() - started)));
  }
}

/** The built worker or API, its output in <dataDir>/<label>.log; an exit nobody asked for counts as a crash. */
function app(label: 'worker' | 'api', script: string, env: NodeJS.ProcessEnv): NodeApp {
  const ready = label === 'worker' ? workerReady() : apiReady(`http://127.0.0.1:${ports.api}`);
  return new NodeApp({ label, script, env, ready, output: 'file', logFile: path.join(dataDir, `${label}.log`) });
}

async function main(): Promise<number> {
  removeDataDir(dataDir);
  mkdirSync(dataDir, { recursive: true });
  await assertPortFree(ports.api, 'the API');
  const started: { stop(): Promise<void> }[] = [];
  const summary: Record<string, unknown> = {
    ok: false,
    config: {
      seconds,
      lanes,
      quietItems: quietCount,
      downMs,
      thinkMs,
      policy,
      ports: { postgres: ports.postgres, temporal: ports.temporal, api: ports.api },
    },
  };
  const kills: Kill[] = [];
  let receiver: Receiver | undefined;
  let db: ReturnType<typeof createDb> | undefined;
  try {
    receiver = await startReceiver();
    const postgres = new Postgres();
    await postgres.start();
    started.push(postgres);
    const temporal = new Temporal();
    await temporal.start();
    started.push(temporal);
    log(`PostgreSQL ${postgres.url}, Temporal ${temporal.address}`);

    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['CLOSELOOP_BOOTSTRAP_KEY', 'CLOSELOOP_KEY_FILE', 'SMTP_HOST', 'WORKFLOW_BUNDLE_PATH']) delete childEnv[name];
    Object.assign(childEnv, {
      NODE_ENV: 'production',
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      PORT: String(ports.api),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
      NOTIFICATION_POLL_MS: '250',
      // A claim held by a killed worker is taken over after this long (the receiver answers at once).
      NOTIFICATION_LEASE_MS: '15000',
      // The receiver is local http: allow-listed, as the outbound policy refuses anything but public https.
      CLOSELOOP_OUTBOUND_ALLOW: receiver.hostPort,
    });
    runNode('migrations', 'libs/db/dist/migrate-cli.js', childEnv);
    runNode('calendar', 'apps/api/dist/cli/seed-calendar.js', childEnv);
    const adminKey = /cl_[A-Za-z0-9_-]+/.exec(runNode('admin key', 'apps/api/dist/cli/bootstrap-admin.js', childEnv))?.[0];
    if (!adminKey) throw new Error('no admin key from bootstrap-admin');

    const worker = app('worker', settings.workerMain, childEnv);
    await worker.start();
    started.push(worker);
    const api = app('api', settings.apiMain, childEnv);
    await api.start();
    started.push(api);
    log('worker and API up');

    const client = new Integrator(`http://127.0.0.1:${ports.api}`, { deadlineMs: commandDeadlineMs, log });
    const actors = await setUp(client, adminKey, receiver);
    const quietItemIds = await fileQuietItems(client, actors);
    log(`units, principals with webhook channels, the plan and ${quietItemIds.length} quiet items set up`);

    // The load, and the kills in their order while it runs.
    const loadStart = Date.now();
    const until = loadStart + seconds * 1000;
    const counters = { items: 0, lives: 0, waits: 0 };
    const quiet = acknowledgeQuietItems(client, actors, quietItemIds, Math.min(15_000, seconds * 250));
    const laneRuns = Array.from({ length: lanes }, (_, i) => runLane({ client, actors, planCode, lane: i + 1, until, thinkMs, counters }));
    const targets: Record<string, Target> = { worker, api, temporal, postgres };
    const schedule = [
      ['worker', 0.15],
      ['api', 0.35],
      ['temporal', 0.55],
      ['postgres', 0.75],
    ] as const;
    let calmFrom = loadStart;
    for (const [target, fraction] of schedule) {
      // On its share of the load, and never before the load has run 3 s on the previous restart.
      await sleep(Math.max(0, loadStart + fraction * seconds * 1000 - Date.now(), calmFrom + 3000 - Date.now()));
      // Strike while commands are on their way (for up to 3 s more), not in a lull between them.
      const inFlightNow = () => client.commands.filter((c) => c.endedAt === undefined).length;
      for (const waitUntil = Date.now() + 3000; inFlightNow() === 0 && Date.now() < waitUntil;) await sleep(10);
      const inFlight = inFlightNow();
      const killedAt = Date.now();
      const pid = await targets[target].kill();
      log(`kill -9 ${target} (pid ${pid}), ${inFlight} commands in flight`);
      await sleep(downMs);
      await targets[target].start();
      const upAt = Date.now();
      calmFrom = upAt;
      kills.push({
        target,
        pid,
        signal: 'SIGKILL',
        atSecond: Math.round((killedAt - loadStart) / 100) / 10,
        commandsInFlight: inFlight,
        downMs: upAt - killedAt,
        killedAt,
        upAt,
      });
      log(`${target} up again after ${upAt - killedAt} ms`);
    }
    await quiet;
    await Promise.all(laneRuns);
    const loadEnded = Date.now();
    log(`load over: ${client.commands.length} commands, ${counters.items} items driven, ${counters.lives} to consolidation`);

    // Catch up: every time fact due by the cutoff recorded, every delivery due by it delivered.
    const cutoff = loadEnded;
    db = createDb(postgres.url, { max: 4 });
    const caughtUp = await waitForCatchUp(db, { cutoff, quietItemIds, policy }, catchUpMs, log);
    // Nothing writes from here on: the checks see a still database.
    const crashes: Violation[] = [worker, api].flatMap((a) =>
      a.crashes.map((c) => ({
        kind: 'process-crashed',
        detail: `${a.label} exited by itself at ${c.at} (code ${c.code}, signal ${c.signal}): ${c.lastOutput}`,
      })),
    );
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
      unitPrincipalId: actors.unit.id!,
    });
    const workflows = await checkWorkflows(temporal.address, db, cutoff);
    const violations = [
      ...crashes,
      ...caughtUp.missing.map((m) => ({ kind: 'not-caught-up', detail: m })),
      ...result.violations,
      ...workflows.violations,
    ];
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
    summary.error = String((error as Error)?.stack ?? error);
    summary.kills = kills.map(withoutClock);
  } finally {
    await db?.destroy().catch(() => {});
    for (const service of started.reverse()) await service.stop().catch((e: Error) => log(`stopping: ${e?.message ?? e}`));
    await receiver?.close();
  }
  if (receiver)
    writeFileSync(
      path.join(dataDir, 'receipts.json'),
      JSON.stringify({
        kills,
        receipts: receiver.receipts.map((r) => ({ at: r.at, path: r.path, deliveryId: r.deliveryId, kind: r.kind })),
      }),
    );
  const text = JSON.stringify(summary, null, 2);
  console.log(text);
  if (settings.summaryFile) writeFileSync(settings.summaryFile, text);
  if (summary.ok && !settings.keepData) removeDataDir(dataDir);
  else log(`data and logs kept in ${dataDir}, PostgreSQL's data in ${postgresDataDir(dataDir)}`);
  return summary.ok ? 0 : 1;
}

/** No stuck workflow: a consolidated item's workflow has completed, every other one runs with nothing pending. */
async function checkWorkflows(address: string, db: ReturnType<typeof createDb>, cutoff: number) {
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: 'default' });
  const violations: Violation[] = [];
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
        if (scheduled < cutoff || (activity.attempt ?? 0) > 3) {
          violations.push({
            kind: 'workflow-stuck',
            detail: `item-${item.id}: ${activity.activityType?.name} pending since ${new Date(scheduled).toISOString()}, attempt ${activity.attempt}`,
          });
        }
      }
    }
  } finally {
    await connection.close();
  }
  return { violations, figures };
}

void main().then((code) => process.exit(code));
