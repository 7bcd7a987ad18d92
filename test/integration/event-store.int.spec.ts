import { type EventStore, type EventToAppend, StreamVersionConflict, createEventStore } from '@closeloop/event-store';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { actorId: 'p-1', role: 'admin', requestId: 'r-1' },
});

describe('event store on PostgreSQL', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = createEventStore(database.db);
  });
  afterAll(() => database.drop());

  it('appends to a new stream and reads it back in order with versions 1..n', async () => {
    const events = [event('ItemFiled', { code: '1' }), event('ItemAssigned'), event('ItemAcknowledged')];
    const result = await store.append('item-a', 0, events);
    expect(result).toMatchObject({ nextExpectedVersion: 3, alreadyCommitted: false });

    const read = await store.readStream('item-a');
    expect(read.map((e) => [e.streamVersion, e.type, e.eventId])).toEqual(events.map((e, i) => [i + 1, e.type, e.eventId]));
    expect(read[0].data).toEqual({ code: '1' });
    expect(read[0].metadata).toEqual({ actorId: 'p-1', role: 'admin', requestId: 'r-1' });
  });

  it('treats a retried append of the same events as success and writes nothing twice', async () => {
    const events = [event('ItemFiled'), event('ItemAssigned')];
    const first = await store.append('item-retry', 0, events);
    const retry = await store.append('item-retry', 0, events);

    expect(retry.alreadyCommitted).toBe(true);
    expect(retry.nextExpectedVersion).toBe(2);
    expect(retry.events.map((e) => e.globalPosition)).toEqual(first.events.map((e) => e.globalPosition));
    expect(await store.readStream('item-retry')).toHaveLength(2);
  });

  it('refuses an append at a stale expected version with a clear conflict', async () => {
    await store.append('item-stale', 0, [event('ItemFiled')]);
    const attempt = store.append('item-stale', 0, [event('ItemFiled')]);
    await expect(attempt).rejects.toThrow(StreamVersionConflict);
    await expect(store.append('item-stale', 0, [event('ItemFiled')])).rejects.toThrow(
      'stream item-stale is at version 1, not the expected 0',
    );
  });

  it('lets exactly one of many concurrent appends at the same expected version win', async () => {
    await store.append('item-race', 0, [event('ItemFiled')]);
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => store.append('item-race', 1, [event('ProgressReported', { writer: i })])),
    );

    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const l of lost) expect(l.reason).toBeInstanceOf(StreamVersionConflict);
    expect((await store.readStream('item-race')).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('reads the whole log in global order across streams, from a position onwards', async () => {
    const start = (await store.readAll({ limit: 10_000 })).at(-1)?.globalPosition ?? 0;
    await store.append('item-x', 0, [event('A1')]);
    await store.append('item-y', 0, [event('B1')]);
    await store.append('item-x', 1, [event('A2')]);

    const all = await store.readAll({ after: start });
    expect(all.map((e) => `${e.streamId}:${e.type}`)).toEqual(['item-x:A1', 'item-y:B1', 'item-x:A2']);
    const positions = all.map((e) => e.globalPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await store.readAll({ after: positions[1] })).toHaveLength(1);
  });

  it('runs inline projections in the same transaction: a failing projection leaves no events', async () => {
    const failing = createEventStore(database.db, {
      projections: [
        async () => {
          throw new Error('projection broke');
        },
      ],
    });
    await expect(failing.append('item-atomic', 0, [event('ItemFiled')])).rejects.toThrow('projection broke');
    expect(await store.readStream('item-atomic')).toEqual([]);
  });

  it('refuses to change or delete a recorded event', async () => {
    await store.append('item-immutable', 0, [event('ItemFiled')]);
    await expect(sql`update events set type = 'Forged' where stream_id = 'item-immutable'`.execute(database.db)).rejects.toThrow(
      'append-only',
    );
    await expect(sql`delete from events where stream_id = 'item-immutable'`.execute(database.db)).rejects.toThrow('append-only');
  });
});
