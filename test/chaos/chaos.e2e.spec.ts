import { chaosEnvironment, readChaosSettings, readStackSettings } from '@closeloop/config';
import { freePort } from '@closeloop/stack';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * The short version of `make chaos` (libs/stack/src/chaos, docs/chaos.md): its own PostgreSQL, Temporal dev server,
 * worker and API, a 45-second load of mixed commands, and each of the four kill -9s once — the worker, the API,
 * Temporal, PostgreSQL — each started again. Then every invariant must hold.
 */
describe('fault tests: kill -9 the worker, the API, Temporal and PostgreSQL under load', () => {
  jest.setTimeout(300_000);

  it('loses no acknowledged command, doubles no event, delivers every reminder due, and keeps the read models a fold of the log', async () => {
    for (const built of [
      'apps/api/dist/main.js',
      'apps/worker/dist/main.js',
      'apps/worker/dist/item-workflows.bundle.js',
      'libs/stack/dist/chaos/main.js',
    ]) {
      if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`make build\` (make test does) first`);
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chaos-'));
    const summaryFile = path.join(dir, 'summary.json');
    // The same CHAOS_* names as make chaos, with the short run's defaults.
    const settings = { ...readChaosSettings(process.env, 'short'), summaryFile };
    // The chaos run brings its own servers, beside make test's (PostgreSQL one port up, Temporal five: it also
    // takes +10 and +20), and must not use make test's.
    const testPorts = readStackSettings('test').ports;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...chaosEnvironment(settings),
      CLOSELOOP_PG_PORT: String(testPorts.postgres + 1),
      CLOSELOOP_TEMPORAL_PORT: String(testPorts.temporal + 5),
      PORT: String(await freePort()),
    };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['libs/stack/dist/chaos/main.js'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (c) => resolve({ code: c, stderr }));
    });
    const summary = existsSync(summaryFile)
      ? JSON.parse(readFileSync(summaryFile, 'utf8'))
      : { error: `no summary; stderr:\n${stderr.slice(-4000)}` };
    rmSync(dir, { recursive: true, force: true });

    expect({ error: summary.error, violations: summary.violations }).toEqual({ error: undefined, violations: [] });
    expect(code).toBe(0);
    expect(summary.kills.map((k: { target: string }) => k.target)).toEqual(['worker', 'api', 'temporal', 'postgres']);
    // The load was real: commands answered, some only after retries across the outages.
    expect(summary.commands.ok).toBeGreaterThan(20);
    expect(summary.commands.retried).toBeGreaterThan(0);
    // Reminders really fell due during the run, and each one reached the inbox and the webhook once.
    expect(summary.reminders.expectedFromPolicy).toBeGreaterThan(10);
    expect(summary.reminders.expectedPresentOnce).toBe(summary.reminders.expectedFromPolicy);
    expect(summary.reminders.inInboxOnce).toBe(summary.reminders.recorded);
    expect(summary.reminders.deliveriesDelivered).toBe(summary.reminders.deliveriesDue);
    expect(summary.readModels.foldedEqual).toBe(summary.readModels.itemRows);
  });
});
