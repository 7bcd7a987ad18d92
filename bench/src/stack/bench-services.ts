import { readStackSettings } from '@closeloop/config';
import { type Database, createDb, migrateToLatest } from '@closeloop/db';
import { removeDataDir, repoRoot, startPostgres, startTemporal } from '@closeloop/stack';
import { type Kysely, sql } from 'kysely';
import path from 'node:path';

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

/** Starts throw-away servers (@closeloop/stack) on CLOSELOOP_PG_PORT (55700) and CLOSELOOP_TEMPORAL_PORT (7550, also +10 and +20). */
export async function startBenchServices(): Promise<BenchServices> {
  const { ports } = readStackSettings('bench');
  const dataDir = path.join(repoRoot, `.data/bench-${ports.postgres}`);
  removeDataDir(dataDir);
  const pg = await startPostgres({ dataDir, port: ports.postgres });
  const temporal = await startTemporal({ dataDir, port: ports.temporal }).catch(async (error: unknown) => {
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
      removeDataDir(dataDir);
    },
  };
}
