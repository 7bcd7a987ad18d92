import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'apps/worker/dist/main.js');

/** The real worker binary (built, with its prebuilt workflow bundle) in its own process, to be killed at will. */
export class WorkerProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(private readonly env: Record<string, string>) {
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`make build\` (make test does) first`);
  }

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, [main], { cwd: root, env: { ...process.env, NODE_ENV: 'production', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const deadline = Date.now() + 30_000;
    while (!this.output.includes('worker: polling')) {
      if (child.exitCode !== null) throw new Error(`worker exited at start:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`worker did not start:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** SIGKILL: no shutdown, no flush — as a crash or an OOM kill would leave it. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
