import type { Database } from '@closeloop/db';
import { type FiledItem, type ItemEvent, fold, initialState, isFiled, pendingTimeFacts } from '@closeloop/domain';
import { itemIdOfStream } from '@closeloop/read-models';
import { type Kysely, sql } from 'kysely';

export interface RecordedReminder {
  /** The event's recorded_at: when the append that recorded it began (the inbox row carries the same time). */
  recordedAt: number;
  /** The event's `at`: the workflow's clock when its timer task ran. */
  wokeAt: number;
}

/**
 * Follows the log for deadline reminders (ReminderDue). Global positions are taken when a transaction inserts, not
 * when it commits, so a later poll re-reads everything recorded in the last seconds (and skips event ids already seen)
 * instead of trusting the highest position it saw; a fresh follower's first poll reads the whole log.
 */
export function followDeadlineReminders(db: Kysely<Database>) {
  const byItem = new Map<string, RecordedReminder[]>();
  const seenEvents = new Set<string>();
  let settledUpTo = 0;
  return {
    byItem,
    async poll(): Promise<void> {
      let after = settledUpTo;
      for (;;) {
        const rows = await db
          .selectFrom('events')
          .select(['global_position', 'event_id', 'stream_id', 'data', 'recorded_at'])
          .select(sql<boolean>`recorded_at < now() - interval '30 seconds'`.as('settled'))
          .where('global_position', '>', after)
          .where('type', '=', 'ReminderDue')
          .orderBy('global_position')
          .limit(5000)
          .execute();
        for (const row of rows) {
          after = row.global_position;
          if (row.settled) settledUpTo = row.global_position;
          const data = row.data as { subject?: string; at?: string };
          const itemId = itemIdOfStream(row.stream_id);
          if (seenEvents.has(row.event_id) || !itemId || data.subject !== 'deadline') continue;
          seenEvents.add(row.event_id);
          const seen = byItem.get(itemId) ?? [];
          seen.push({ recordedAt: row.recorded_at.getTime(), wokeAt: Date.parse(data.at!) });
          byItem.set(itemId, seen);
        }
        if (rows.length < 5000) return;
      }
    },
  };
}

/**
 * When each item's deadline reminder is due, as the product computes it: the item's state folded from its own
 * events (ItemFiled, ItemAssigned: policy, deadline and calendar as filed) and the decider's `pendingTimeFacts`.
 */
export async function deadlineReminderDueInstants(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('events')
    .select(['stream_id', 'type', 'data'])
    .where('type', 'in', ['ItemFiled', 'ItemAssigned'])
    .orderBy('global_position')
    .execute();
  const eventsByItem = new Map<string, ItemEvent[]>();
  for (const row of rows) {
    const itemId = itemIdOfStream(row.stream_id);
    if (!itemId) continue;
    const events = eventsByItem.get(itemId) ?? [];
    events.push({ type: row.type, data: row.data } as ItemEvent);
    eventsByItem.set(itemId, events);
  }
  const due = new Map<string, number>();
  for (const [itemId, events] of eventsByItem) {
    const state = fold(initialState(), events);
    if (!isFiled(state)) continue;
    const reminder = pendingTimeFacts(state as FiledItem).find((fact) => {
      const event = fact.event?.(new Date(0).toISOString());
      return event?.type === 'ReminderDue' && event.data.subject === 'deadline';
    });
    if (reminder) due.set(itemId, reminder.at.getTime());
  }
  return due;
}

/** How many in-app notifications (inbox rows) of the deadline reminder each item produced. */
export async function reminderNotificationsByItem(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('notifications')
    .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'reminder.deadline')
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id!, Number(r.n)]));
}
