import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as walkingSkeleton from './migrations/2026-11-23T00-00-walking-skeleton';
import * as lifecycle from './migrations/2026-11-23T01-00-lifecycle';
import * as reminders from './migrations/2026-11-23T02-00-reminders-and-notifications';
import * as webhookSubscriptions from './migrations/2026-11-23T03-00-webhook-subscriptions';
import * as itemListIndexes from './migrations/2026-11-23T04-00-item-list-indexes';
import * as itemViews from './migrations/2026-11-23T05-00-item-views';
import * as itemViewFromState from './migrations/2026-12-01T00-00-item-view-from-state';
import * as peopleAndSessions from './migrations/2026-12-05T00-00-people-and-sessions';
import * as oidcSignIns from './migrations/2026-12-05T12-00-oidc-sign-ins';
import * as itemQueues from './migrations/2026-12-06T00-00-item-queues';
import * as unreadNotifications from './migrations/2026-12-06T01-00-unread-notifications';
import * as itemCountChanges from './migrations/2026-12-06T02-00-item-count-changes';
import * as itemSearch from './migrations/2026-12-06T03-00-item-search';

/** Listed by hand, in order: a bundled app has no migrations folder to scan. */
const migrations: Record<string, Migration> = {
  '2026-11-23T00-00-walking-skeleton': walkingSkeleton,
  '2026-11-23T01-00-lifecycle': lifecycle,
  '2026-11-23T02-00-reminders-and-notifications': reminders,
  '2026-11-23T03-00-webhook-subscriptions': webhookSubscriptions,
  '2026-11-23T04-00-item-list-indexes': itemListIndexes,
  '2026-11-23T05-00-item-views': itemViews,
  '2026-12-01T00-00-item-view-from-state': itemViewFromState,
  '2026-12-05T00-00-people-and-sessions': peopleAndSessions,
  '2026-12-05T12-00-oidc-sign-ins': oidcSignIns,
  '2026-12-06T00-00-item-queues': itemQueues,
  '2026-12-06T01-00-unread-notifications': unreadNotifications,
  '2026-12-06T02-00-item-count-changes': itemCountChanges,
  '2026-12-06T03-00-item-search': itemSearch,
};

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  return checked(await migrator(db).migrateToLatest());
}

/** Up or down to the named migration (the last one applied afterwards): for tests of a migration's data changes. */
export async function migrateTo(db: Kysely<any>, migrationName: string): Promise<MigrationResultSet> {
  if (!(migrationName in migrations)) throw new Error(`no migration ${migrationName}`);
  return checked(await migrator(db).migrateTo(migrationName));
}

const migrator = (db: Kysely<any>): Migrator => new Migrator({ db, provider: { getMigrations: async () => migrations } });

function checked(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
