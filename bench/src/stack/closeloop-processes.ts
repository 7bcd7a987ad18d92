import { readStackSettings } from '@closeloop/config';
import { type NodeApp, setUpDatabase, startApi, startWorker } from '@closeloop/stack';
import { readFileSync } from 'node:fs';

/** The built worker and API, each in its own process as in production (@closeloop/stack), against one benchmark's database. */
export interface CloseloopProcesses {
  baseUrl: string;
  adminKey: string;
  taskQueue: string;
  worker: NodeApp;
  api: NodeApp;
  stop(): Promise<void>;
}

export interface CloseloopOptions {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** The API's port: PORT (3550 for make bench) by default. */
  apiPort?: number;
  /** Extra environment for both processes (e.g. NOTIFICATION_POLL_MS). */
  env?: Record<string, string>;
}

export async function startCloseloop(options: CloseloopOptions): Promise<CloseloopProcesses> {
  const apiPort = options.apiPort ?? readStackSettings('bench').ports.api;
  const env: NodeJS.ProcessEnv = {
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
  // The benchmark's database is migrated already (BenchServices.freshDatabase).
  const { adminKey } = setUpDatabase(env, { migrate: false });
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const worker = await startWorker({ env, output: 'stderr', readyTimeoutMs: 60_000 });
  const api = await startApi({ env, baseUrl, output: 'stderr' }).catch(async (error: unknown) => {
    await worker.stop(10_000);
    throw error;
  });
  const stop = async () => {
    await Promise.all([api.stop(10_000), worker.stop(10_000)]);
  };
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
