import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as walkingSkeleton from './migrations/2026-11-23T00-00-walking-skeleton';
import * as lifecycle from './migrations/2026-11-23T01-00-lifecycle';
import * as reminders from './migrations/2026-11-23T02-00-reminders-and-notifications';
import * as webhookSubscriptions from './migrations/2026-11-23T03-00-webhook-subscriptions';
import * as itemListIndexes from './migrations/2026-11-23T04-00-item-list-indexes';

/** Listed by hand, in order: a bundled app has no migrations folder to scan. */
const migrations: Record<string, Migration> = {
  '2026-11-23T00-00-walking-skeleton': walkingSkeleton,
  '2026-11-23T01-00-lifecycle': lifecycle,
  '2026-11-23T02-00-reminders-and-notifications': reminders,
  '2026-11-23T03-00-webhook-subscriptions': webhookSubscriptions,
  '2026-11-23T04-00-item-list-indexes': itemListIndexes,
};

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
