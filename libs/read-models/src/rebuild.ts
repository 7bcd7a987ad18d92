import type { Database } from '@closeloop/db';
import { toRecordedEvent } from '@closeloop/event-store';
import { type Kysely, sql } from 'kysely';
import { readModelProjections, readModelTables } from './projections';

/**
 * Empties the read models and replays the whole log through the projections, in one transaction:
 * readers see the old models until the new ones commit. Returns how many events were replayed.
 */
export async function rebuildReadModels(db: Kysely<Database>, { batchSize = 5000 } = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Writers wait until the rebuild commits, so nothing lands between the replay and the commit.
    await sql`lock table events in share mode`.execute(trx);
    await sql`truncate ${sql.join(readModelTables.map((t) => sql.table(t)))}`.execute(trx);
    let after = 0;
    let replayed = 0;
    for (;;) {
      const rows = await trx
        .selectFrom('events')
        .selectAll()
        .where('global_position', '>', after)
        .orderBy('global_position')
        .limit(batchSize)
        .execute();
      if (rows.length === 0) return replayed;
      const events = rows.map(toRecordedEvent);
      for (const project of readModelProjections) await project(trx, events);
      after = rows[rows.length - 1].global_position;
      replayed += rows.length;
    }
  });
}
