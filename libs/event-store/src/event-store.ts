import type { Database } from '@closeloop/db';
import type { Kysely, Transaction } from 'kysely';
import { StreamVersionConflict } from './errors';
import { toRecordedEvent } from './rows';
import type { AppendResult, EventToAppend, InlineProjection, RecordedEvent } from './types';

const UNIQUE_VIOLATION = '23505';

export interface EventStore {
  append(streamId: string, expectedVersion: number, events: readonly EventToAppend[]): Promise<AppendResult>;
  readStream(streamId: string, options?: { fromVersion?: number }): Promise<RecordedEvent[]>;
  readAll(options?: { after?: number; limit?: number }): Promise<RecordedEvent[]>;
}

export function createEventStore(db: Kysely<Database>, options: { projections?: InlineProjection[] } = {}): EventStore {
  const projections = options.projections ?? [];

  async function append(streamId: string, expectedVersion: number, events: readonly EventToAppend[]) {
    if (events.length === 0) throw new Error('nothing to append');
    const committed = await findCommitted(db, streamId, events);
    if (committed) return committed;
    try {
      return await db.transaction().execute(async (trx) => {
        const actual = await currentVersion(trx, streamId);
        if (actual !== expectedVersion) throw new StreamVersionConflict(streamId, expectedVersion, actual);
        const rows = await trx
          .insertInto('events')
          .values(
            events.map((event, i) => ({
              stream_id: streamId,
              stream_version: expectedVersion + i + 1,
              event_id: event.eventId,
              type: event.type,
              data: JSON.stringify(event.data),
              metadata: JSON.stringify(event.metadata),
            })),
          )
          .returningAll()
          .execute();
        const recorded = rows.map(toRecordedEvent);
        for (const project of projections) await project(trx, recorded);
        return { nextExpectedVersion: expectedVersion + events.length, events: recorded, alreadyCommitted: false };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another append committed first: either the same events (a concurrent retry) or a rival writer.
      const raced = await findCommitted(db, streamId, events);
      if (raced) return raced;
      throw new StreamVersionConflict(streamId, expectedVersion, await currentVersion(db, streamId));
    }
  }

  async function readStream(streamId: string, { fromVersion = 1 } = {}) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('stream_id', '=', streamId)
      .where('stream_version', '>=', fromVersion)
      .orderBy('stream_version')
      .execute();
    return rows.map(toRecordedEvent);
  }

  async function readAll({ after = 0, limit = 1000 } = {}) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('global_position', '>', after)
      .orderBy('global_position')
      .limit(limit)
      .execute();
    return rows.map(toRecordedEvent);
  }

  return { append, readStream, readAll };
}

async function currentVersion(db: Kysely<Database> | Transaction<Database>, streamId: string): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('stream_version').as('version'))
    .where('stream_id', '=', streamId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** The result of an earlier append of exactly these events, if it committed. */
async function findCommitted(db: Kysely<Database>, streamId: string, events: readonly EventToAppend[]): Promise<AppendResult | undefined> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(
      'event_id',
      'in',
      events.map((e) => e.eventId),
    )
    .orderBy('global_position')
    .execute();
  if (rows.length === 0) return undefined;
  if (rows.length !== events.length || rows.some((r) => r.stream_id !== streamId)) {
    throw new Error(`events ${events.map((e) => e.eventId).join(', ')} were partly appended elsewhere`);
  }
  const recorded = rows.map(toRecordedEvent);
  return { nextExpectedVersion: recorded[recorded.length - 1].streamVersion, events: recorded, alreadyCommitted: true };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === UNIQUE_VIOLATION;
}
