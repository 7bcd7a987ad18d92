// Starts and stops the real backing servers on this machine: PostgreSQL (scripts/postgres.mjs) and the Temporal dev server.
// Used by `make up` (persistent data under .data/) and `make test` (throw-away data under .data/test/).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PostgresServer, removePostgresData } from './postgres.mjs';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * PostgreSQL for dataDir (see scripts/postgres.mjs for where its binaries and data live), with `database` created.
 * `server` is the PostgresServer (its postmaster's pid, its data directory).
 */
export async function startPostgres({ dataDir, port, database = 'closeloop', log = () => {} }) {
  await assertPortFree(port, 'PostgreSQL');
  mkdirSync(dataDir, { recursive: true });
  const server = new PostgresServer({ dataDir, port, onLog: (m) => log(String(m)) });
  await server.start();
  await server.createDatabase(database);
  return {
    url: server.url(database),
    server,
    stop: () => server.stop(),
  };
}

export function temporalCli() {
  return execFileSync(path.join(root, 'scripts/ensure-temporal.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export async function startTemporal({ dataDir, port, uiPort, dbFile, logFile, detached = false }) {
  await assertPortFree(port, 'Temporal');
  if (uiPort) await assertPortFree(uiPort, 'the Temporal UI');
  mkdirSync(dataDir, { recursive: true });
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  if (dbFile) args.push('--db-filename', dbFile);
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  args.push('--http-port', String(port + 10), '--metrics-port', String(port + 20));
  const out = openSync(logFile ?? path.join(dataDir, 'temporal.log'), 'a');
  const child = spawn(temporalCli(), args, { stdio: ['ignore', out, out], detached });
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitForPort(port, 60_000, () => exited);
  await waitForTemporalReady(`127.0.0.1:${port}`, 60_000);
  return {
    address: `127.0.0.1:${port}`,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : undefined,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

async function waitForTemporalReady(address, timeoutMs) {
  const { Connection } = await import('@temporalio/client');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2000 });
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Temporal at ${address} not ready: ${error.message}`);
      await sleep(300);
    }
  }
}

export function stopChild(child, graceMs = 10_000) {
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

export async function waitForPort(port, timeoutMs, failed = () => false) {
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (failed()) throw new Error(`process for port ${port} exited before listening`);
    if (Date.now() > deadline) throw new Error(`nothing listening on port ${port} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

export async function waitForUrl(url, timeoutMs, failed = () => false) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (failed()) throw new Error(`process behind ${url} exited`);
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await sleep(300);
  }
}

/** Refuses to start a server on a port something else (often a forgotten `make up`) already holds. */
export async function assertPortFree(port, what) {
  if (await canConnect(port)) {
    throw new Error(`port ${port} for ${what} is already in use (another \`make up\` still running? try \`make down\`)`);
  }
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Removes a data folder, with the PostgreSQL data kept outside it for it (as root: scripts/postgres.mjs). */
export function removeDir(dir) {
  removePostgresData(dir);
  rmSync(dir, { recursive: true, force: true });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
