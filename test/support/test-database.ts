import { readTestServers } from '@closeloop/config';
import { type Database, createDb, migrateToLatest } from '@closeloop/db';
import { Kysely, sql } from 'kysely';
import { randomBytes } from 'node:crypto';

export interface TestDatabase {
  url: string;
  db: Kysely<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated database on the test server (DATABASE_URL), so test files never see each other's rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = readTestServers().databaseUrl;
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = createDb(serverUrl, { max: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await migrateToLatest(db);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.destroy();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}

/** How many items the database holds (a check that nothing was written, or that all of it was). */
export async function countItems(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
