import { type Database, createDb, migrateToLatest } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './repo-root';

/** The backing servers every benchmark shares: one PostgreSQL server and one Temporal dev server. */
export interface BenchServices {
  /** The PostgreSQL server's URL (database `closeloop`). */
  postgresUrl: string;
  temporalAddress: string;
  /** pid of the Temporal dev server (for its memory / CPU). */
  temporalPid?: number;
  /** A new, migrated database on the server, for one benchmark: none sees another's rows. */
  freshDatabase(name: string): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

export interface BenchDatabase {
  name: string;
  url: string;
  db: Kysely<Database>;
  drop(): Promise<void>;
}

interface ServicesModule {
  startPostgres(options: { dataDir: string; port: number }): Promise<{ url: string; stop(): Promise<void> }>;
  startTemporal(options: { dataDir: string; port: number; dbFile?: string }): Promise<{ address: string; pid?: number; stop(): Promise<void> }>;
  removeDir(dir: string): void;
}

/** Starts throw-away servers on BENCH_PG_PORT (55700) and BENCH_TEMPORAL_PORT (7550, also +10 and +20). */
export async function startBenchServices(): Promise<BenchServices> {
  const services = (await import(pathToFileURL(path.join(repoRoot, 'scripts/services.mjs')).href)) as ServicesModule;
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 55700);
  const temporalPort = Number(process.env.BENCH_TEMPORAL_PORT ?? 7550);
  const dataDir = path.join(repoRoot, `.data/bench-${pgPort}`);
  services.removeDir(dataDir);
  const pg = await services.startPostgres({ dataDir, port: pgPort });
  const temporal = await services.startTemporal({ dataDir, port: temporalPort }).catch(async (error) => {
    await pg.stop();
    throw error;
  });
  const admin = createDb(pg.url, { max: 1 });
  return {
    postgresUrl: pg.url,
    temporalAddress: temporal.address,
    temporalPid: temporal.pid,
    async freshDatabase(name) {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await sql`create database ${sql.id(name)}`.execute(admin);
      const url = new URL(pg.url);
      url.pathname = `/${name}`;
      const db = createDb(url.toString());
      await migrateToLatest(db);
      return {
        name,
        url: url.toString(),
        db,
        async drop() {
          await db.destroy();
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
        },
      };
    },
    async stop() {
      await admin.destroy();
      await temporal.stop();
      await pg.stop();
      services.removeDir(dataDir);
    },
  };
}
