import type { Database } from '@closeloop/db';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import { itemIdOfStream } from '@closeloop/contracts';
import { type Transaction, sql } from 'kysely';
import { uuidV5 } from '../ids';
import { ALL_EVENTS } from './event-types';

/** The namespace of webhook delivery ids (a fixed random UUID; never change it: ids must stay stable). */
export const WEBHOOK_DELIVERY_NAMESPACE = 'c3a1e7d4-2b9f-4f60-8e15-7d0a9b6c4e22';

/** One delivery per event and subscription: a replayed or retried append lands on the same row. */
export const webhookDeliveryIdFor = (eventId: string, subscriptionId: string): string =>
  uuidV5(`${eventId}:${subscriptionId}`, WEBHOOK_DELIVERY_NAMESPACE);

/** What a subscriber receives, and what `webhook_deliveries.payload` keeps. */
export interface WebhookPayload {
  /** The event id. */
  id: string;
  type: string;
  itemId: string;
  /** The item's stream version after this event. */
  version: number;
  data: Record<string, unknown>;
  recordedAt: string;
}

/**
 * Webhook subscriptions' outbox. Runs in the append's transaction after the item read model: for each
 * event on an `item-<id>` stream it writes one pending `webhook_deliveries` row per live subscription
 * that names the event type (or `*`) and whose principal may see the item — an admin sees every item,
 * anyone else the items whose responsible or supervising unit is one of its units or under one (the
 * rule of the API's scope). Ids are derived from event and subscription, inserted with `on conflict do
 * nothing`: running it again over the same events creates nothing.
 */
export function createWebhookSubscriptionProjection(): InlineProjection {
  return async (trx, events) => {
    // Most appends interest no subscriber: one indexed look at the subscriptions spares resolving the unit tree.
    if (!(await anyLiveSubscriptionFor(trx, [...new Set(events.map((event) => event.type))]))) return;
    const scopes = new Map<string, string[] | undefined>();
    const rows: DeliveryRow[] = [];
    for (const event of events) {
      const itemId = itemIdOfStream(event.streamId);
      if (!itemId) continue;
      if (!scopes.has(itemId)) scopes.set(itemId, await unitsOver(trx, itemId));
      const units = scopes.get(itemId);
      if (!units) continue;
      for (const subscriptionId of await matching(trx, event.type, units)) {
        rows.push(deliveryRow(event, itemId, subscriptionId));
      }
    }
    if (rows.length === 0) return;
    await trx
      .insertInto('webhook_deliveries')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  };
}

/** The item's responsible and supervising units with all their ancestors; undefined when there is no item row. */
async function unitsOver(trx: Transaction<Database>, itemId: string): Promise<string[] | undefined> {
  const item = await trx
    .selectFrom('items')
    .select(['responsible_unit_id', 'supervising_unit_id'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) return undefined;
  const own = [item.responsible_unit_id, item.supervising_unit_id].filter((id): id is string => id !== null);
  if (own.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    with recursive up(id, parent_id) as (
      select id, parent_id from units where id = any(${own})
      union
      select u.id, u.parent_id from units u join up on u.id = up.parent_id
    )
    select id from up`.execute(trx);
  return [...new Set([...own, ...rows.map((r) => r.id)])];
}

async function anyLiveSubscriptionFor(trx: Transaction<Database>, eventTypes: string[]): Promise<boolean> {
  const row = await trx
    .selectFrom('webhook_subscriptions')
    .select('id')
    .where('deleted_at', 'is', null)
    .where(sql<boolean>`event_types && ${sql.val([...eventTypes, ALL_EVENTS])}::text[]`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Live subscriptions of live principals that want this event type and may see an item under `units`. */
async function matching(trx: Transaction<Database>, eventType: string, units: string[]): Promise<string[]> {
  const rows = await trx
    .selectFrom('webhook_subscriptions as s')
    .innerJoin('principals as p', 'p.id', 's.principal_id')
    .select('s.id')
    .where('s.deleted_at', 'is', null)
    .where('p.revoked_at', 'is', null)
    .where(sql<boolean>`s.event_types && ${sql.val([eventType, ALL_EVENTS])}::text[]`)
    .where((eb) => eb.or([eb('p.role', '=', 'admin'), sql<boolean>`p.unit_ids && ${sql.val(units)}::text[]`]))
    .orderBy('s.id')
    .execute();
  return rows.map((r) => r.id);
}

type DeliveryRow = {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  item_id: string;
  payload: string;
  next_attempt_at: ReturnType<typeof sql<string>>;
};

function deliveryRow(event: RecordedEvent, itemId: string, subscriptionId: string): DeliveryRow {
  const payload: WebhookPayload = {
    id: event.eventId,
    type: event.type,
    itemId,
    version: event.streamVersion,
    data: event.data,
    recordedAt: event.recordedAt.toISOString(),
  };
  return {
    id: webhookDeliveryIdFor(event.eventId, subscriptionId),
    subscription_id: subscriptionId,
    event_id: event.eventId,
    event_type: event.type,
    item_id: itemId,
    payload: JSON.stringify(payload),
    next_attempt_at: sql<string>`now()`,
  };
}
