import type { Database, WebhookDeliveryStatus } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';

export interface WebhookSubscription {
  id: string;
  principalId: string;
  url: string;
  eventTypes: string[];
  createdAt: Date;
}

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  itemId: string;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deliveredAt: Date | null;
  replayedAt: Date | null;
  createdAt: Date;
}

/** Where a page ended: the exact `created_at` (microseconds, as text) and the id. */
export interface WebhookCursor {
  createdAt: string;
  id: string;
}

/** Whose subscriptions a caller may see: its own, or every one (`all`, for an admin). */
export type SubscriptionOwner = string | 'all';

const exactCreatedAt = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** `whsec_` and 32 random bytes, base64url. */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

export async function createWebhookSubscription(
  db: Kysely<Database>,
  input: { principalId: string; url: string; eventTypes: string[]; secret: string },
): Promise<WebhookSubscription> {
  const row = await db
    .insertInto('webhook_subscriptions')
    .values({ id: randomUUID(), principal_id: input.principalId, url: input.url, event_types: input.eventTypes, secret: input.secret })
    .returning(['id', 'principal_id', 'url', 'event_types', 'created_at'])
    .executeTakeFirstOrThrow();
  return toSubscription(row);
}

export async function listWebhookSubscriptions(
  db: Kysely<Database>,
  owner: SubscriptionOwner,
  options: { limit: number; after?: WebhookCursor },
): Promise<{ items: WebhookSubscription[]; next?: WebhookCursor }> {
  let query = db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'principal_id', 'url', 'event_types', 'created_at'])
    .select(exactCreatedAt.as('cursor_at'))
    .where('deleted_at', 'is', null);
  if (owner !== 'all') query = query.where('principal_id', '=', owner);
  if (options.after)
    query = query.where(sql<boolean>`(created_at, id) > (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)`);
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSubscription),
    next: rows.length > options.limit && last ? { createdAt: last.cursor_at, id: last.id } : undefined,
  };
}

/** A live subscription the owner may see, or undefined. */
export async function findWebhookSubscription(
  db: Kysely<Database>,
  owner: SubscriptionOwner,
  id: string,
): Promise<WebhookSubscription | undefined> {
  let query = db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'principal_id', 'url', 'event_types', 'created_at'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null);
  if (owner !== 'all') query = query.where('principal_id', '=', owner);
  const row = await query.executeTakeFirst();
  return row ? toSubscription(row) : undefined;
}

/** Ends a subscription (no new deliveries, pending ones are not sent); false when there was none to end. */
export async function deleteWebhookSubscription(
  db: Kysely<Database>,
  owner: SubscriptionOwner,
  id: string,
  at: Date = new Date(),
): Promise<boolean> {
  let query = db
    .updateTable('webhook_subscriptions')
    .set({ deleted_at: at.toISOString() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null);
  if (owner !== 'all') query = query.where('principal_id', '=', owner);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A subscription's delivery log, newest first (then id). */
export async function listWebhookDeliveries(
  db: Kysely<Database>,
  subscriptionId: string,
  options: { status?: WebhookDeliveryStatus; limit: number; after?: WebhookCursor },
): Promise<{ items: WebhookDelivery[]; next?: WebhookCursor }> {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .select(exactCreatedAt.as('cursor_at'))
    .where('subscription_id', '=', subscriptionId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.after)
    query = query.where(sql<boolean>`(created_at, id) < (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)`);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toDelivery),
    next: rows.length > options.limit && last ? { createdAt: last.cursor_at, id: last.id } : undefined,
  };
}

/**
 * Queues a delivery again, due now, with its attempts counted afresh: the same payload goes out with the
 * same delivery id. `not-found` when the subscription has no such delivery; `in-flight` while one is being sent.
 */
export async function replayWebhookDelivery(
  db: Kysely<Database>,
  subscriptionId: string,
  deliveryId: string,
  at: Date = new Date(),
): Promise<WebhookDelivery | 'not-found' | 'in-flight'> {
  const row = await db
    .updateTable('webhook_deliveries')
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: at.toISOString(),
      leased_until: null,
      delivered_at: null,
      replayed_at: at.toISOString(),
    })
    .where('id', '=', deliveryId)
    .where('subscription_id', '=', subscriptionId)
    .where((eb) => eb.or([eb('status', '!=', 'sending'), eb('leased_until', '<', at)]))
    .returningAll()
    .executeTakeFirst();
  if (row) return toDelivery(row);
  const exists = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('id', '=', deliveryId)
    .where('subscription_id', '=', subscriptionId)
    .executeTakeFirst();
  return exists ? 'in-flight' : 'not-found';
}

function toSubscription(row: {
  id: string;
  principal_id: string;
  url: string;
  event_types: string[];
  created_at: Date;
}): WebhookSubscription {
  return { id: row.id, principalId: row.principal_id, url: row.url, eventTypes: row.event_types, createdAt: row.created_at };
}

type DeliveryRowOut = {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  item_id: string;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  delivered_at: Date | null;
  replayed_at: Date | null;
  created_at: Date;
};

function toDelivery(row: DeliveryRowOut): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    eventId: row.event_id,
    eventType: row.event_type,
    itemId: row.item_id,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
    replayedAt: row.replayed_at,
    createdAt: row.created_at,
  };
}
