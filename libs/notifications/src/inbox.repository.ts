import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';

export interface DeliveryStatus {
  channel: string;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastError: string | null;
}

export interface DeliveryLogEntry extends DeliveryStatus {
  notificationId: string;
  address: string;
  createdAt: Date;
}

export interface InboxEntry {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  itemId: string | null;
  eventId: string;
  createdAt: Date;
  readAt: Date | null;
  deliveries: DeliveryStatus[];
}

/** Where a page ended: the exact `created_at` (microseconds, as text) and the id. */
export interface InboxCursor {
  createdAt: string;
  id: string;
}

const exactCreatedAt = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A principal's notifications, newest first (then id), optionally only the unread ones. */
export async function listInbox(
  db: Kysely<Database>,
  principalId: string,
  options: { unread?: boolean; limit: number; after?: InboxCursor },
): Promise<{ items: InboxEntry[]; next?: InboxCursor }> {
  let query = db.selectFrom('notifications').selectAll().select(exactCreatedAt.as('cursor_at')).where('principal_id', '=', principalId);
  if (options.unread) query = query.where('read_at', 'is', null);
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const deliveries = await deliveriesOf(
    db,
    page.map((r) => r.id),
  );
  const items = page.map((row) => toEntry(row, deliveries.get(row.id) ?? []));
  const last = page[page.length - 1];
  return { items, next: rows.length > options.limit && last ? { createdAt: last.cursor_at, id: last.id } : undefined };
}

/** One of the principal's own notifications, or undefined (also for another principal's). */
export async function findInboxEntry(db: Kysely<Database>, principalId: string, notificationId: string): Promise<InboxEntry | undefined> {
  const row = await db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', notificationId)
    .where('principal_id', '=', principalId)
    .executeTakeFirst();
  if (!row) return undefined;
  return toEntry(row, (await deliveriesOf(db, [row.id])).get(row.id) ?? []);
}

/**
 * Marks one of the principal's own notifications read (the first read time stays); undefined when it is
 * not theirs or does not exist.
 */
export async function markRead(
  db: Kysely<Database>,
  principalId: string,
  notificationId: string,
  at: Date = new Date(),
): Promise<InboxEntry | undefined> {
  const row = await db
    .updateTable('notifications')
    .set({ read_at: sql<string>`coalesce(read_at, ${at.toISOString()}::timestamptz)` })
    .where('id', '=', notificationId)
    .where('principal_id', '=', principalId)
    .returningAll()
    .executeTakeFirst();
  if (!row) return undefined;
  return toEntry(row, (await deliveriesOf(db, [row.id])).get(row.id) ?? []);
}

/** Marks all of a principal's unread notifications read; returns how many. */
export async function markAllRead(db: Kysely<Database>, principalId: string, at: Date = new Date()): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('principal_id', '=', principalId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The delivery log of one notification: every channel with its status, attempts and last error. */
export async function listDeliveries(db: Kysely<Database>, notificationId: string): Promise<DeliveryLogEntry[]> {
  const rows = await db.selectFrom('deliveries').selectAll().where('notification_id', '=', notificationId).orderBy('channel').execute();
  return rows.map((r) => ({
    notificationId: r.notification_id,
    address: r.address,
    createdAt: r.created_at,
    ...toStatus(r),
  }));
}

type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  item_id: string | null;
  event_id: string;
  created_at: Date;
  read_at: Date | null;
};

type DeliveryRow = {
  channel: string;
  status: DeliveryStatus['status'];
  attempts: number;
  next_attempt_at: Date;
  delivered_at: Date | null;
  last_error: string | null;
};

async function deliveriesOf(db: Kysely<Database>, notificationIds: string[]): Promise<Map<string, DeliveryStatus[]>> {
  const byId = new Map<string, DeliveryStatus[]>();
  if (notificationIds.length === 0) return byId;
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('notification_id', 'in', notificationIds)
    .orderBy('notification_id')
    .orderBy('channel')
    .execute();
  for (const row of rows) byId.set(row.notification_id, [...(byId.get(row.notification_id) ?? []), toStatus(row)]);
  return byId;
}

const toStatus = (r: DeliveryRow): DeliveryStatus => ({
  channel: r.channel,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' || r.status === 'sending' ? r.next_attempt_at : null,
  deliveredAt: r.delivered_at,
  lastError: r.last_error,
});

const toEntry = (row: NotificationRow, deliveries: DeliveryStatus[]): InboxEntry => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  data: row.data,
  itemId: row.item_id,
  eventId: row.event_id,
  createdAt: row.created_at,
  readAt: row.read_at,
  deliveries,
});

/**
 * How many of the principal's notifications are unread: in all, and about each of `itemIds` (0 for an item with
 * none), in one statement (the partial index of unread notifications by principal and item answers both).
 */
export async function countUnread(
  db: Kysely<Database>,
  principalId: string,
  itemIds: readonly string[],
): Promise<{ total: number; byItem: Map<string, number> }> {
  const { rows } = await sql<{ item_id: string | null; n: string }>`
    select null::uuid as item_id, count(*) as n from notifications where principal_id = ${principalId} and read_at is null
    union all
    select item_id, count(*) from notifications
    where principal_id = ${principalId} and read_at is null and item_id = any(${[...itemIds]}::uuid[])
    group by item_id`.execute(db);
  const byItem = new Map(itemIds.map((id) => [id, 0]));
  let total = 0;
  for (const row of rows) {
    if (row.item_id === null) total = Number(row.n);
    else byItem.set(row.item_id, Number(row.n));
  }
  return { total, byItem };
}
