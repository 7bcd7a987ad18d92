import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { sleep, waitForUrl } from './ports';
import { repoRoot } from './repo-root';

/** SIGTERM, then SIGKILL after graceMs; resolves once the child has exited. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Where a built app's output goes (it is always kept in memory too, for readiness and crash reports):
 * `prefix` every line to this process's stdout/stderr as `[label] …`; `stderr` only its stderr, prefixed;
 * `file` to logFile; `quiet` nowhere else.
 */
export type OutputMode = 'prefix' | 'stderr' | 'file' | 'quiet';

/** An exit nobody asked for. */
export interface Crash {
  at: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  lastOutput: string;
}

export interface NodeAppOptions {
  label: string;
  /** The built entry, relative to the checkout or absolute. */
  script: string;
  /** The child's whole environment. */
  env: NodeJS.ProcessEnv;
  /** Resolves once the app serves; rejects when it cannot. */
  ready: (app: NodeApp) => Promise<void>;
  output?: OutputMode;
  /** With output `file`. */
  logFile?: string;
  /** Its own process group: a Ctrl-C in the terminal then reaches only the harness, which stops apps in order. */
  detached?: boolean;
  /** Called on an exit nobody asked for (after start). */
  onCrash?: (crash: Crash) => void;
}

/** A built Node app (the worker or the API) in its own process, to be started, killed with SIGKILL, and started again. */
export class NodeApp {
  readonly label: string;
  readonly script: string;
  readonly crashes: Crash[] = [];
  child?: ChildProcess;
  output = '';
  private expectedExit = false;
  private log?: WriteStream;

  constructor(private readonly options: NodeAppOptions) {
    this.label = options.label;
    this.script = path.resolve(repoRoot, options.script);
    if (!existsSync(this.script)) throw new Error(`${this.script} is missing: run \`make build\` first`);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get exited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async start(): Promise<void> {
    const { env, detached = false, output = 'quiet', onCrash } = this.options;
    if (output === 'file' && (!this.log || this.log.writableEnded))
      this.log = createWriteStream(this.options.logFile ?? `${this.label}.log`, { flags: 'a' });
    const child = spawn(process.execPath, [this.script], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached });
    this.child = child;
    this.output = '';
    this.expectedExit = false;
    child.once('exit', (code, signal) => {
      if (this.expectedExit || this.child !== child) return;
      const crash = { at: new Date().toISOString(), code, signal, lastOutput: this.output.slice(-1500) };
      this.crashes.push(crash);
      onCrash?.(crash);
    });
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (this.output.length < 100_000) this.output += chunk.toString();
      if (output === 'file') this.log?.write(chunk);
      if (output === 'prefix' || (output === 'stderr' && stream === 'stderr')) {
        const out = stream === 'stdout' ? process.stdout : process.stderr;
        for (const line of String(chunk).split('\n').filter(Boolean)) out.write(`[${this.label}] ${line}\n`);
      }
    };
    child.stdout!.on('data', collect('stdout'));
    child.stderr!.on('data', collect('stderr'));
    await this.options.ready(this);
  }

  /** SIGKILL: no shutdown, no flush — as a crash or an OOM kill would leave it. Returns its pid. */
  async kill(): Promise<number | undefined> {
    const child = this.child;
    if (!child || this.exited) return child?.pid;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.expectedExit = true;
    child.kill('SIGKILL');
    await exited;
    return child.pid;
  }

  /** SIGTERM (SIGKILL after graceMs); the app finishes what it is doing. Ends its log file. */
  async stop(graceMs = 20_000): Promise<void> {
    if (this.child && !this.exited) {
      this.expectedExit = true;
      await stopChild(this.child, graceMs);
    }
    this.log?.end();
  }
}

/** Ready when the worker prints that it polls its task queue. */
export function workerReady(timeoutMs = 60_000): (app: NodeApp) => Promise<void> {
  return async (app) => {
    const deadline = Date.now() + timeoutMs;
    while (!app.output.includes('worker: polling')) {
      if (app.exited) throw new Error(`${app.label} exited at start:\n${app.output.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`${app.label} did not start:\n${app.output.slice(-2000)}`);
      await sleep(100);
    }
  };
}

/** Ready when GET <baseUrl>/readyz answers 2xx. */
export function apiReady(baseUrl: string, timeoutMs = 60_000): (app: NodeApp) => Promise<void> {
  return (app) =>
    waitForUrl(`${baseUrl}/readyz`, timeoutMs, () => (app.exited ? `${app.label} exited at start:\n${app.output.slice(-2000)}` : false));
}

export interface AppOptions {
  env: NodeJS.ProcessEnv;
  script?: string;
  output?: OutputMode;
  logFile?: string;
  detached?: boolean;
  onCrash?: (crash: Crash) => void;
  readyTimeoutMs?: number;
}

/** The built worker (apps/worker/dist/main.js unless `script`), started and polling. */
export async function startWorker(options: AppOptions): Promise<NodeApp> {
  const app = new NodeApp({
    ...options,
    label: 'worker',
    script: options.script ?? 'apps/worker/dist/main.js',
    ready: workerReady(options.readyTimeoutMs),
  });
  await startOrStop(app);
  return app;
}

/** The built API (apps/api/dist/main.js unless `script`) on the PORT of its env, started and ready. */
export async function startApi(options: AppOptions & { baseUrl: string }): Promise<NodeApp> {
  const app = new NodeApp({
    ...options,
    label: 'api',
    script: options.script ?? 'apps/api/dist/main.js',
    ready: apiReady(options.baseUrl, options.readyTimeoutMs),
  });
  await startOrStop(app);
  return app;
}

async function startOrStop(app: NodeApp): Promise<void> {
  try {
    await app.start();
  } catch (error) {
    await app.stop();
    throw error;
  }
}
