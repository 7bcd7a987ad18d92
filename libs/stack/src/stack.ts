import { type StackPorts, readCliConfig } from '@closeloop/config';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Crash, type NodeApp, type OutputMode, startApi, startWorker } from './node-app';
import { assertPortFree } from './ports';
import { type StartedPostgres, startPostgres } from './postgres';
import { repoRoot } from './repo-root';
import { type TemporalServer, startTemporal } from './temporal';

/** Something started that stops. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** Stops in reverse order of starting; reports (does not throw) what fails to stop. */
export async function stopAll(started: Stoppable[], report: (error: unknown) => void = (e) => console.error(e)): Promise<void> {
  for (const service of [...started].reverse()) await service.stop().catch(report);
  started.length = 0;
}

/** Runs a built CLI of the checkout (node <script>) and returns its output; throws with it when it fails. */
export function runNode(label: string, script: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, [path.resolve(repoRoot, script)], { cwd: repoRoot, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed (${result.signal ?? result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout.trim();
}

export interface DatabaseSetUp {
  /** What the CLIs printed, one entry per CLI (make up shows them). */
  messages: string[];
  /** The bootstrap admin's line ("admin API key (shown once): …" or "already issued"). */
  bootstrap: string;
  adminKey: string;
}

/**
 * Migrations (unless `migrate: false`), the working calendar and the first admin key, through the built CLIs, on
 * the DATABASE_URL of env. The key is its CLOSELOOP_BOOTSTRAP_KEY, the one printed, or the one kept in its CLOSELOOP_KEY_FILE.
 */
export function setUpDatabase(env: NodeJS.ProcessEnv, { migrate = true }: { migrate?: boolean } = {}): DatabaseSetUp {
  const messages: string[] = [];
  if (migrate) messages.push(runNode('migrations', 'libs/db/dist/migrate-cli.js', env));
  messages.push(runNode('calendar', 'apps/api/dist/cli/seed-calendar.js', env));
  const bootstrap = runNode('admin key', 'apps/api/dist/cli/bootstrap-admin.js', env);
  const { bootstrapKey, keyFile } = readCliConfig(env);
  const adminKey =
    bootstrapKey ||
    /cl_[A-Za-z0-9_-]+/.exec(bootstrap)?.[0] ||
    (keyFile && existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined);
  if (!adminKey) throw new Error(`no admin key from bootstrap-admin: ${bootstrap}`);
  return { messages, bootstrap, adminKey };
}

export interface AppsOptions {
  /** Added to the apps' environment (after the stack's own DATABASE_URL, TEMPORAL_ADDRESS, PORT, HOST, NODE_ENV). */
  env?: Record<string, string>;
  /** Names removed from the inherited environment first. */
  without?: string[];
  output?: OutputMode;
  logDir?: string;
  detached?: boolean;
  onCrash?: (label: string, crash: Crash) => void;
  workerScript?: string;
  apiScript?: string;
}

export interface StackOptions {
  ports: StackPorts;
  /** PostgreSQL's data and the servers' logs; the caller removes it (removeDataDir) when it is throw-away. */
  dataDir: string;
  /** Use this PostgreSQL server instead of starting one. */
  databaseUrl?: string;
  /** Keep Temporal's state in this SQLite file; serve its Web UI on ports.temporalUi when set. */
  temporal?: { dbFile?: string; withUi?: boolean; dataDir?: string; detached?: boolean };
  /** Also start the built worker and API on ports.api, after migrations, the calendar and the first admin key. */
  apps?: AppsOptions;
}

/** A running stack: PostgreSQL (unless given), Temporal, and with `apps` the worker and the API. */
export interface Stack {
  postgres?: StartedPostgres;
  databaseUrl: string;
  temporal: TemporalServer;
  /** The environment the apps run with. */
  env: NodeJS.ProcessEnv;
  worker?: NodeApp;
  api?: NodeApp;
  baseUrl?: string;
  setUp?: DatabaseSetUp;
  /** API, worker, Temporal, PostgreSQL, in that order. */
  stop(): Promise<void>;
}

/** Starts what is asked for, in order; whatever fails, stops what it had started and rethrows. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { ports, dataDir, apps } = options;
  const started: Stoppable[] = [];
  try {
    mkdirSync(dataDir, { recursive: true });
    if (apps) await assertPortFree(ports.api, 'the API');
    const postgres = options.databaseUrl ? undefined : await startPostgres({ dataDir, port: ports.postgres });
    if (postgres) started.push(postgres);
    const databaseUrl = options.databaseUrl ?? postgres!.url;
    const temporal = await startTemporal({
      dataDir: options.temporal?.dataDir ?? dataDir,
      port: ports.temporal,
      uiPort: options.temporal?.withUi ? ports.temporalUi : undefined,
      dbFile: options.temporal?.dbFile,
      detached: options.temporal?.detached,
    });
    started.push(temporal);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of apps?.without ?? []) delete env[name];
    Object.assign(env, {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      PORT: String(ports.api),
      HOST: '127.0.0.1',
      ...apps?.env,
    });
    const stack: Stack = { postgres, databaseUrl, temporal, env, stop: () => stopAll(started) };
    if (!apps) return stack;

    stack.setUp = setUpDatabase(env);
    const common = { env, output: apps.output, detached: apps.detached };
    const logFile = (label: string) => (apps.logDir ? path.join(apps.logDir, `${label}.log`) : undefined);
    stack.worker = await startWorker({
      ...common,
      script: apps.workerScript,
      logFile: logFile('worker'),
      onCrash: (c) => apps.onCrash?.('worker', c),
    });
    started.push(stack.worker);
    stack.baseUrl = `http://127.0.0.1:${ports.api}`;
    stack.api = await startApi({
      ...common,
      baseUrl: stack.baseUrl,
      script: apps.apiScript,
      logFile: logFile('api'),
      onCrash: (c) => apps.onCrash?.('api', c),
    });
    started.push(stack.api);
    return stack;
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}
