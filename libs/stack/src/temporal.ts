import { Connection } from '@temporalio/client';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { stopChild } from './node-app';
import { assertPortFree, sleep, waitForExit, waitForPort } from './ports';
import { repoRoot } from './repo-root';

/** The Temporal CLI that can run `server start-dev` (scripts/ensure-temporal.sh finds or builds it). */
export function temporalCli(): string {
  return execFileSync(path.join(repoRoot, 'scripts/ensure-temporal.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export interface TemporalOptions {
  /** Where its log goes (temporal.log) unless logFile is given. */
  dataDir: string;
  /** The frontend; the dev server also takes port + 10 (HTTP) and port + 20 (metrics). */
  port: number;
  /** Serve the Web UI there; headless when absent. */
  uiPort?: number;
  /** Keep state in this SQLite file (survives restarts); in memory when absent. */
  dbFile?: string;
  logFile?: string;
  /** Its own process group (make up: a Ctrl-C in the terminal reaches only the harness, which stops it in order). */
  detached?: boolean;
}

/** A running Temporal dev server. */
export interface TemporalServer {
  address: string;
  uiUrl?: string;
  pid: number;
  /** SIGKILL, as a crash would leave it; resolves once it has exited. Returns its pid. */
  kill(): Promise<number>;
  stop(): Promise<void>;
}

export async function startTemporal(options: TemporalOptions): Promise<TemporalServer> {
  const { dataDir, port, uiPort, dbFile, logFile, detached = false } = options;
  await assertPortFree(port, 'Temporal');
  if (uiPort) await assertPortFree(uiPort, 'the Temporal UI');
  mkdirSync(dataDir, { recursive: true });
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  if (dbFile) args.push('--db-filename', dbFile);
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  args.push('--http-port', String(port + 10), '--metrics-port', String(port + 20));
  const out = openSync(logFile ?? path.join(dataDir, 'temporal.log'), 'a');
  const child: ChildProcess = spawn(temporalCli(), args, { stdio: ['ignore', out, out], detached });
  closeSync(out);
  let exited = false;
  child.on('exit', () => (exited = true));
  const address = `127.0.0.1:${port}`;
  try {
    await waitForPort(port, 60_000, () => exited);
    await waitForTemporalReady(address, 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    address,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : undefined,
    pid: child.pid!,
    async kill() {
      const pid = child.pid!;
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid);
      return pid;
    },
    stop: () => stopChild(child),
  };
}

async function waitForTemporalReady(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2000 });
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Temporal at ${address} not ready: ${(error as Error).message}`);
      await sleep(300);
    }
  }
}
