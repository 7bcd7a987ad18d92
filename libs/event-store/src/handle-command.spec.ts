import { StreamVersionConflict } from './errors';
import type { EventStore } from './event-store';
import { type Decider, handleCommand } from './handle-command';
import type { EventToAppend, RecordedEvent } from './types';

/** An in-memory store with the real store's version check; `beforeAppend` lets a rival writer cut in. */
function memoryStore(beforeAppend: (store: EventStore) => Promise<void> = async () => {}) {
  const log: RecordedEvent[] = [];
  const versionOf = (streamId: string) => log.filter((e) => e.streamId === streamId).length;
  const store: EventStore = {
    async readStream(streamId) {
      return log.filter((e) => e.streamId === streamId);
    },
    async readAll() {
      return [...log];
    },
    async append(streamId: string, expectedVersion: number, events: readonly EventToAppend[]) {
      const actual = versionOf(streamId);
      if (actual !== expectedVersion) throw new StreamVersionConflict(streamId, expectedVersion, actual);
      const recorded = events.map((e, i) => ({
        ...e,
        streamId,
        streamVersion: actual + i + 1,
        globalPosition: log.length + i + 1,
        recordedAt: new Date(),
      }));
      log.push(...recorded);
      return { nextExpectedVersion: actual + events.length, events: recorded, alreadyCommitted: false };
    },
  };
  let cutIn = true;
  const racing: EventStore = {
    ...store,
    async append(streamId, expectedVersion, events) {
      if (cutIn) {
        cutIn = false;
        await beforeAppend(store);
      }
      return store.append(streamId, expectedVersion, events);
    },
  };
  return { store: racing, log };
}

// A counter that refuses to pass 2: the smallest decider with a rule that depends on the state.
type Add = { by: number };
type Added = { type: 'Added'; data: { by: number; at: string } };
const counter: Decider<number, Add, Added> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: ({ by }, total, now) => {
    if (total + by > 2) throw new Error(`${total} + ${by} is more than 2`);
    return by === 0 ? [] : [{ type: 'Added', data: { by, at: now.toISOString() } }];
  },
};
const metadata = { actorId: 'admin-1', role: 'admin', commandId: 'c-1' };
const now = () => new Date('2026-12-01T00:00:00Z');

describe('handleCommand', () => {
  it('reads and folds the stream, decides, and appends at the version read with the metadata', async () => {
    const { store, log } = memoryStore();
    await handleCommand(store, 'counter-1', counter, { by: 1 }, { metadata, now });
    const result = await handleCommand(store, 'counter-1', counter, { by: 1 }, { metadata, now });
    expect(result).toMatchObject({ state: 2, version: 2 });
    expect(log.map((e) => [e.streamVersion, e.type, e.data, e.metadata])).toEqual([
      [1, 'Added', { by: 1, at: '2026-12-01T00:00:00.000Z' }, metadata],
      [2, 'Added', { by: 1, at: '2026-12-01T00:00:00.000Z' }, metadata],
    ]);
  });

  it('appends nothing when the decider records nothing', async () => {
    const { store, log } = memoryStore();
    expect(await handleCommand(store, 'counter-1', counter, { by: 0 }, { metadata })).toEqual({ state: 0, version: 0, appended: [] });
    expect(log).toEqual([]);
  });

  it('passes a refusal through and appends nothing', async () => {
    const { store, log } = memoryStore();
    await expect(handleCommand(store, 'counter-1', counter, { by: 3 }, { metadata })).rejects.toThrow('0 + 3 is more than 2');
    expect(log).toEqual([]);
  });

  it('after losing a race, decides again on the state the rival left', async () => {
    const { store, log } = memoryStore((s) =>
      s.append('counter-1', 0, [{ eventId: 'rival', type: 'Added', data: { by: 1 }, metadata: {} }]).then(() => {}),
    );
    expect(await handleCommand(store, 'counter-1', counter, { by: 1 }, { metadata, now })).toMatchObject({ state: 2, version: 2 });
    expect(log.map((e) => e.streamVersion)).toEqual([1, 2]);

    // The rival's event can also make the command wrong: then it is refused, not appended.
    const second = memoryStore((s) =>
      s.append('counter-2', 0, [{ eventId: 'rival', type: 'Added', data: { by: 2 }, metadata: {} }]).then(() => {}),
    );
    await expect(handleCommand(second.store, 'counter-2', counter, { by: 1 }, { metadata })).rejects.toThrow('2 + 1 is more than 2');
  });

  it('gives up with the conflict after the last attempt', async () => {
    const { store } = memoryStore((s) =>
      s.append('counter-1', 0, [{ eventId: 'rival', type: 'Added', data: { by: 1 }, metadata: {} }]).then(() => {}),
    );
    await expect(handleCommand(store, 'counter-1', counter, { by: 1 }, { metadata, attempts: 1 })).rejects.toBeInstanceOf(
      StreamVersionConflict,
    );
  });
});
