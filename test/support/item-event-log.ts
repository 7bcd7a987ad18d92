import type { EventStore } from '@closeloop/event-store';
import { randomUUID } from 'node:crypto';

/** An item event as a test writes it: its type, its business time (`data.at`) and the rest of its data. */
export type TestItemEvent = [type: string, at: string, data?: Record<string, unknown>];

/**
 * Appends item events by item code through the event store (with whatever projections it was made with, as the
 * worker's activity does): each code gets an item id of its own and its stream's next version.
 */
export class ItemEventLog {
  /** Each code's item id, in the order first used. */
  readonly ids = new Map<string, string>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly requestId: string,
  ) {}

  idOf(code: string): string {
    if (!this.ids.has(code)) this.ids.set(code, randomUUID());
    return this.ids.get(code)!;
  }

  async append(code: string, ...events: TestItemEvent[]): Promise<void> {
    const itemId = this.idOf(code);
    const version = this.versions.get(code) ?? 0;
    await this.store.append(
      `item-${itemId}`,
      version,
      events.map(([type, when, data = {}]) => ({
        eventId: randomUUID(),
        type,
        data: { itemId, ...data, at: when },
        metadata: { commandId: randomUUID(), actorId: 'test', role: 'admin', requestId: this.requestId },
      })),
    );
    this.versions.set(code, version + events.length);
  }
}
