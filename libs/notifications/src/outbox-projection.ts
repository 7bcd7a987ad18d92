import type { Database } from '@closeloop/db';
import type { FiledItem, ItemEvent } from '@closeloop/domain';
import type { InlineProjection, RecordedEvent } from '@closeloop/event-store';
import { itemIdOfStream } from '@closeloop/contracts';
import { type Transaction, sql } from 'kysely';
import { notificationIdFor } from './ids';
import type { NotificationIntentsFor } from './intent';
import { resolveRecipients } from './recipients';

/**
 * The transactional outbox. Runs in the append's transaction, after the item projection (so the `items`
 * row already holds the state after this batch): for each event on an `item-<id>` stream it asks
 * `intentsFor(event, item)`, resolves each intent's audience to principals and writes
 *
 * - one `notifications` row per recipient and event: the inbox entry, always. Its id is a UUID v5 of
 *   event id + principal id, inserted with `on conflict do nothing`; when several intents of one event
 *   name the same principal, the first intent wins (one notification per event and person);
 * - one `deliveries` row per enabled channel of that principal (`principal_channels`), pending and due
 *   now, written only together with a notification row that this run created.
 *
 * Either everything commits with the events or nothing does. Running it again over the same events
 * creates nothing: the notification ids are the same, and an existing notification gets no new
 * deliveries even if its principal has added a channel since. (The store never re-runs projections
 * for an idempotent retry anyway.) Recipients are resolved against the organisation of the moment, so
 * do not put this projection into a read-model rebuild: replaying old events would notify people who
 * joined since.
 *
 * Every event of a batch sees the item's state after the whole batch (e.g. ItemFiled is judged with
 * the responsibility that ItemAssigned, in the same batch, set).
 */
export function createNotificationProjection(intentsFor: NotificationIntentsFor): InlineProjection {
  return async (trx, events) => {
    const items = new Map<string, ItemRow | undefined>();
    for (const event of events) {
      const itemId = itemIdOfStream(event.streamId);
      if (!itemId) continue;
      if (!items.has(itemId)) items.set(itemId, await loadItem(trx, itemId));
      const item = items.get(itemId);
      if (!item) continue;
      await notify(trx, event, itemId, item, intentsFor);
    }
  };
}

interface ItemRow {
  state: FiledItem;
  planCode: string;
  responsibleUnitId: string | null;
  supervisingUnitId: string | null;
}

async function loadItem(trx: Transaction<Database>, itemId: string): Promise<ItemRow | undefined> {
  const row = await trx
    .selectFrom('items')
    .select(['state', 'plan_code', 'responsible_unit_id', 'supervising_unit_id'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    state: row.state as unknown as FiledItem,
    planCode: row.plan_code,
    responsibleUnitId: row.responsible_unit_id,
    supervisingUnitId: row.supervising_unit_id,
  };
}

async function notify(
  trx: Transaction<Database>,
  event: RecordedEvent,
  itemId: string,
  item: ItemRow,
  intentsFor: NotificationIntentsFor,
): Promise<void> {
  const intents = intentsFor({ type: event.type, data: event.data } as ItemEvent, item.state);
  const seen = new Set<string>();
  const rows: NotificationRow[] = [];
  for (const intent of intents) {
    const recipients = await resolveRecipients(trx, item, intent.audience);
    for (const principalId of recipients) {
      if (seen.has(principalId)) continue;
      seen.add(principalId);
      rows.push({
        id: notificationIdFor(event.eventId, principalId),
        principal_id: principalId,
        event_id: event.eventId,
        item_id: itemId,
        kind: intent.kind,
        title: intent.title,
        body: intent.body,
        data: JSON.stringify(intent.data ?? {}),
        created_at: event.recordedAt.toISOString(),
      });
    }
  }
  if (rows.length === 0) return;

  const created = await trx
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning(['id', 'principal_id'])
    .execute();
  if (created.length === 0) return;

  const channels = await trx
    .selectFrom('principal_channels')
    .select(['principal_id', 'channel', 'address'])
    .where('principal_id', 'in', [...new Set(created.map((c) => c.principal_id))])
    .where('enabled', '=', true)
    .orderBy('principal_id')
    .orderBy('channel')
    .execute();
  const deliveries = created.flatMap((notification) =>
    channels
      .filter((c) => c.principal_id === notification.principal_id)
      .map((c) => ({
        notification_id: notification.id,
        channel: c.channel,
        address: c.address,
        status: 'pending' as const,
        next_attempt_at: sql<string>`now()`,
      })),
  );
  if (deliveries.length === 0) return;
  await trx
    .insertInto('deliveries')
    .values(deliveries)
    .onConflict((oc) => oc.columns(['notification_id', 'channel']).doNothing())
    .execute();
}

type NotificationRow = {
  id: string;
  principal_id: string;
  event_id: string;
  item_id: string;
  kind: string;
  title: string;
  body: string;
  data: string;
  created_at: string;
};
