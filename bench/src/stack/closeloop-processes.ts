import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';

/** The built worker and API, each in its own process as in production, against one benchmark's database. */
export interface CloseloopProcesses {
  baseUrl: string;
  adminKey: string;
  taskQueue: string;
  worker: ChildProcess;
  api: ChildProcess;
  stop(): Promise<void>;
}

export interface CloseloopOptions {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** BENCH_API_PORT (3550) by default. */
  apiPort?: number;
  /** Extra environment for both processes (e.g. NOTIFICATION_POLL_MS). */
  env?: Record<string, string>;
}

export async function startCloseloop(options: CloseloopOptions): Promise<CloseloopProcesses> {
  const apiPort = options.apiPort ?? Number(process.env.BENCH_API_PORT ?? 3550);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    // A benchmark drives the API with one key far beyond any per-key limit; the limit is tested in test/e2e/hygiene.
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...options.env,
  };
  const node = (script: string) => execFileSync(process.execPath, [path.join(repoRoot, script)], { cwd: repoRoot, env, encoding: 'utf8' });
  node('apps/api/dist/cli/seed-calendar.js');
  const adminKey = /cl_[A-Za-z0-9_-]+/.exec(node('apps/api/dist/cli/bootstrap-admin.js'))?.[0];
  if (!adminKey) throw new Error('bootstrap-admin printed no key');

  const worker = spawnNode('apps/worker/dist/main.js', env);
  const api = spawnNode('apps/api/dist/main.js', env);
  const stop = async () => {
    await Promise.all([stopProcess(api), stopProcess(worker)]);
  };
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  try {
    await waitUntil(() => readyz(baseUrl), 60_000, () => exitedEarly(api) ?? exitedEarly(worker));
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, adminKey, taskQueue: options.taskQueue, worker, api, stop };
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function residentMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function spawnNode(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(repoRoot, script)], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${path.basename(path.dirname(path.dirname(script)))}] ${chunk}`));
  return child;
}

function exitedEarly(child: ChildProcess): string | undefined {
  return child.exitCode !== null || child.signalCode !== null ? `process ${child.spawnfile} exited (${child.exitCode ?? child.signalCode})` : undefined;
}

async function readyz(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/readyz`)).ok;
  } catch {
    return false;
  }
}

async function waitUntil(ready: () => Promise<boolean>, timeoutMs: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    const failure = failed();
    if (failure) throw new Error(failure);
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
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
