import type { Database } from '@closeloop/db';
import { toRecordedEvent } from '@closeloop/event-store';
import { type Kysely, sql } from 'kysely';
import { readModelProjections, readModelTables } from './projections';

/**
 * Empties the read models and replays the whole log through the projections, in one transaction:
 * readers see the old models until the new ones commit. Returns how many events were replayed.
 *
 * The log is replayed stream by stream (each stream's events in order), not in global order: every read-model
 * projection folds one stream into rows of its own and reads no other stream's rows, so the rows come out the same
 * as the live appends made them, while a batch holds whole lives (each row is read and written about once per
 * rebuild instead of once per event). A projection that reads across streams would have to replay in global order.
 */
export async function rebuildReadModels(db: Kysely<Database>, { batchSize = 5000 } = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Writers wait until the rebuild commits, so nothing lands between the replay and the commit.
    await sql`lock table events in share mode`.execute(trx);
    await sql`truncate ${sql.join(readModelTables.map((t) => sql.table(t)))}`.execute(trx);
    let after: { streamId: string; version: number } | undefined;
    let replayed = 0;
    for (;;) {
      let query = trx.selectFrom('events').selectAll();
      if (after) query = query.where(sql<boolean>`(stream_id, stream_version) > (${after.streamId}, ${after.version})`);
      const rows = await query.orderBy('stream_id').orderBy('stream_version').limit(batchSize).execute();
      if (rows.length === 0) return replayed;
      const events = rows.map(toRecordedEvent);
      for (const project of readModelProjections) await project(trx, events);
      const last = rows[rows.length - 1];
      after = { streamId: last.stream_id, version: last.stream_version };
      replayed += rows.length;
    }
  });
}
