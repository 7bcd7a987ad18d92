import type { Database } from '@closeloop/db';
import { type EventToAppend, createEventStore } from '@closeloop/event-store';
import {
  createWebhookSubscription,
  createWebhookSubscriptionDeliverer,
  createWebhookSubscriptionProjection,
  deleteWebhookSubscription,
  verifyWebhookSignature,
  webhookDeliveryIdFor,
} from '@closeloop/notifications';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { insertItemRow } from '../support/item-rows';
import { Receiver } from '../support/notification-peers';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/* The webhook-subscription outbox on real PostgreSQL: who gets which event, and the deliverer's claims. */

const units = [
  { id: 'city', name: '市', parent_id: null, kind: 'plan_owner' },
  { id: 'city-eco', name: '市生态环境局', parent_id: 'city', kind: 'department' },
  { id: 'district', name: '区', parent_id: 'city', kind: 'district' },
  { id: 'district-water', name: '区水务局', parent_id: 'district', kind: 'department' },
  { id: 'other', name: '外市', parent_id: null, kind: 'plan_owner' },
] as const;

const people = {
  city: randomUUID(),
  district: randomUUID(),
  eco: randomUUID(),
  other: randomUUID(),
  admin: randomUUID(),
  revoked: randomUUID(),
};

const event = (type: string): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data: { note: type },
  metadata: { actorId: 'system', role: 'system' },
});

describe('webhook subscriptions: projection → webhook_deliveries → deliverer', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  const receiver = new Receiver();

  const insertItem = () => insertItemRow(db, { responsibleUnitId: 'district-water' });

  const subscribe = (principalId: string, path: string, eventTypes: string[]) =>
    createWebhookSubscription(db, { principalId, url: receiver.url(path), eventTypes, secret: `secret-of-${path}-0123456789` });

  beforeAll(async () => {
    await receiver.start();
    database = await createTestDatabase();
    db = database.db;
    await db
      .insertInto('units')
      .values([...units])
      .execute();
    await db
      .insertInto('principals')
      .values([
        { id: people.city, name: 'city', role: 'integrator', unit_ids: ['city'], key_hash: 'h1', revoked_at: null },
        { id: people.district, name: 'district', role: 'integrator', unit_ids: ['district'], key_hash: 'h2', revoked_at: null },
        { id: people.eco, name: 'eco', role: 'integrator', unit_ids: ['city-eco'], key_hash: 'h3', revoked_at: null },
        { id: people.other, name: 'other', role: 'integrator', unit_ids: ['other'], key_hash: 'h4', revoked_at: null },
        { id: people.admin, name: 'admin', role: 'admin', unit_ids: [], key_hash: 'h5', revoked_at: null },
        {
          id: people.revoked,
          name: 'revoked',
          role: 'integrator',
          unit_ids: ['city'],
          key_hash: 'h6',
          revoked_at: new Date('2026-01-01T00:00:00Z'),
        },
      ])
      .execute();
  });
  afterAll(async () => {
    await database?.drop();
    await receiver.close();
  });

  it('queues one delivery per event and subscription in scope, and none again for a retried append', async () => {
    const subs = {
      city: await subscribe(people.city, '/city', ['*']),
      district: await subscribe(people.district, '/district', ['ItemOverdue']),
      eco: await subscribe(people.eco, '/eco', ['ItemClosed']),
      other: await subscribe(people.other, '/other', ['*']),
      admin: await subscribe(people.admin, '/admin', ['*']),
      revoked: await subscribe(people.revoked, '/revoked', ['*']),
      deleted: await subscribe(people.city, '/deleted', ['*']),
    };
    expect(await deleteWebhookSubscription(db, people.city, subs.deleted.id)).toBe(true);
    const store = createEventStore(db, { projections: [createWebhookSubscriptionProjection()] });
    const itemId = await insertItem();
    const events = [event('ItemOverdue'), event('EscalationRaised')];
    await store.append(`item-${itemId}`, 0, events);
    await store.append(`item-${itemId}`, 0, events); // a retry: already committed
    await store.append('calendar-2026', 0, [event('CalendarChanged')]); // not an item stream

    const rows = await db.selectFrom('webhook_deliveries').selectAll().orderBy('created_at').execute();
    const got = rows.map((r) => `${r.subscription_id}:${r.event_type}`).sort();
    expect(got).toEqual(
      [
        `${subs.city.id}:ItemOverdue`,
        `${subs.city.id}:EscalationRaised`,
        `${subs.district.id}:ItemOverdue`,
        `${subs.admin.id}:ItemOverdue`,
        `${subs.admin.id}:EscalationRaised`,
      ].sort(),
    );
    const first = rows.find((r) => r.subscription_id === subs.city.id && r.event_type === 'ItemOverdue')!;
    expect(first.id).toBe(webhookDeliveryIdFor(events[0].eventId, subs.city.id));
    expect(first.payload).toEqual({
      id: events[0].eventId,
      type: 'ItemOverdue',
      itemId,
      version: 1,
      data: { note: 'ItemOverdue' },
      recordedAt: expect.any(String),
    });
    expect(first).toMatchObject({ status: 'pending', attempts: 0, item_id: itemId, event_id: events[0].eventId });
  });

  it('delivers each row once with deliverers side by side, signed; gives up after maxAttempts', async () => {
    receiver.down.add('/admin');
    const options = { db, maxAttempts: 2, backoff: { baseMs: 10, capMs: 10 }, outbound: { allow: [receiver.hostPort] } };
    const [one, two] = [createWebhookSubscriptionDeliverer(options), createWebhookSubscriptionDeliverer(options)];
    for (let round = 0; round < 10; round += 1) {
      await Promise.all([one.runOnce(), two.runOnce()]);
      await new Promise((r) => setTimeout(r, 30));
    }
    const sent = receiver.ok('/city').concat(receiver.ok('/district'));
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((c) => c.headers['x-closeloop-delivery'])).size).toBe(3);
    for (const c of receiver.ok('/city')) {
      const headers = { timestamp: c.headers['x-closeloop-timestamp'] as string, signature: c.headers['x-closeloop-signature'] as string };
      expect(verifyWebhookSignature('secret-of-/city-0123456789', headers, c.body)).toBe(true);
      expect(c.headers['x-closeloop-event']).toBe(JSON.parse(c.body).type);
    }
    const admin = await db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .select(['d.status', 'd.attempts', 'd.last_error'])
      .where('s.principal_id', '=', people.admin)
      .execute();
    expect(admin).toEqual([
      { status: 'failed', attempts: 2, last_error: expect.stringMatching(/503/) },
      { status: 'failed', attempts: 2, last_error: expect.stringMatching(/503/) },
    ]);
    expect(receiver.calls.filter((c) => c.path === '/admin')).toHaveLength(4);
  });
});
