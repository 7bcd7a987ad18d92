import type { Database } from '@closeloop/db';
import { notificationIntents } from '@closeloop/domain';
import { type EventStore, type EventToAppend, createEventStore } from '@closeloop/event-store';
import {
  type Audience,
  type Deliverer,
  type DelivererOptions,
  type NotificationIntentsFor,
  type Sender,
  createDeliverer,
  createDingTalkSender,
  createEmailSender,
  createNotificationProjection,
  createWeComSender,
  createWebhookSender,
  listDeliveries,
  notificationIdFor,
  resolveRecipients,
  signDingTalk,
  verifyWebhookSignature,
} from '@closeloop/notifications';
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { insertItemRow } from '../support/item-rows';
import { Receiver, startSmtp } from '../support/notification-peers';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/*
 * The outbox end to end on real PostgreSQL, a real SMTP server and a real HTTP receiver: events appended
 * through the event store with the notification projection, then the deliverer sending every channel.
 */

const WEBHOOK_SECRET = 'whsec-unit';
const DINGTALK_SECRET = 'SECdingtalk0123456789';

// ---------- seed data ----------
const units = [
  { id: 'city', name: '市', parent_id: null, kind: 'plan_owner' },
  { id: 'city-discipline', name: '市纪委监委', parent_id: 'city', kind: 'discipline_body' },
  { id: 'city-eco', name: '市生态环境局', parent_id: 'city', kind: 'department' },
  { id: 'district', name: '区', parent_id: 'city', kind: 'district' },
  { id: 'district-eco', name: '区生态环境分局', parent_id: 'district', kind: 'department' },
  { id: 'district-water', name: '区水务局', parent_id: 'district', kind: 'department' },
] as const;

const people = {
  unit: randomUUID(), // role unit of the responsible unit: every channel
  unitHead: randomUUID(), // leader of exactly the responsible unit
  districtLeader: randomUUID(), // leader over the district: the leader in charge
  cityLeader: randomUUID(), // leader of the plan owner
  cityAdmin: randomUUID(), // admin of the plan owner
  supervisor: randomUUID(), // supervisor of the supervising unit
  discipline: randomUUID(), // the discipline body under the plan owner
  integrator: randomUUID(), // integrator of the plan owner: never a plan_owner recipient
  revoked: randomUUID(), // a revoked unit principal: never notified
  otherUnit: randomUUID(), // a unit principal of another unit
  flaky: randomUUID(), // a unit principal of another unit whose webhook is always down
};

const principalRows = [
  { id: people.unit, role: 'unit', unit_ids: ['district-eco'] },
  { id: people.unitHead, role: 'leader', unit_ids: ['district-eco'] },
  { id: people.districtLeader, role: 'leader', unit_ids: ['district'] },
  { id: people.cityLeader, role: 'leader', unit_ids: ['city'] },
  { id: people.cityAdmin, role: 'admin', unit_ids: ['city'] },
  { id: people.supervisor, role: 'supervisor', unit_ids: ['city-eco'] },
  { id: people.discipline, role: 'leader', unit_ids: ['city-discipline'] },
  { id: people.integrator, role: 'integrator', unit_ids: ['city'] },
  { id: people.revoked, role: 'unit', unit_ids: ['district-eco'], revoked_at: new Date('2026-01-01T00:00:00Z') },
  { id: people.otherUnit, role: 'unit', unit_ids: ['district-water'] },
  { id: people.flaky, role: 'unit', unit_ids: ['district-water'] },
];

const itemState = (itemId: string, responsibleUnitId: string) => ({
  itemId,
  planCode: 'P1',
  code: itemId.slice(0, 8),
  title: '整改事项',
  status: 'in_progress',
  responsibleUnitId,
  supervisingUnitId: 'city-eco',
});

const insertItem = (db: Kysely<Database>, responsibleUnitId = 'district-eco') =>
  insertItemRow(db, { responsibleUnitId, state: (id) => itemState(id, responsibleUnitId) });

const everyone: Audience[] = [
  'responsible_unit',
  'responsible_unit_head',
  'supervising_unit',
  'leader_in_charge',
  'plan_owner',
  'discipline_body',
];

/** The test's own intents: overdue tells everyone (the unit first, in its own words); due soon only the unit. */
const intentsFor: NotificationIntentsFor = (event, item) => {
  switch (event.type) {
    case 'ItemOverdue':
      return [
        {
          kind: 'overdue',
          audience: ['responsible_unit'],
          title: `已逾期：${item.title}`,
          body: '请立即整改',
          data: { itemId: item.itemId },
        },
        {
          kind: 'overdue.escalated',
          audience: everyone,
          title: `事项逾期：${item.title}`,
          body: '责任单位已逾期',
          data: { itemId: item.itemId },
        },
      ];
    case 'DeadlineApproaching':
      return [{ kind: 'deadline-approaching', audience: ['responsible_unit'], title: `即将到期：${item.title}`, body: '请报送进展' }];
    default:
      return [];
  }
};

const event = (type: string, itemId: string, data: Record<string, unknown> = {}): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data: { itemId, at: '2026-11-23T00:00:00.000Z', ...data },
  metadata: { actorId: 'system', role: 'system', requestId: 'r-1' },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notifications: outbox projection → deliverer → channels', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let store: EventStore;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const receiver = new Receiver();
  let senders: Record<string, Sender>;
  const projection = createNotificationProjection(intentsFor);

  const count = async (table: 'notifications' | 'deliveries') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const openDeliveries = async () =>
    Number(
      (
        await db
          .selectFrom('deliveries')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', 'in', ['pending', 'sending'])
          .executeTakeFirstOrThrow()
      ).n,
    );

  const deliverer = (options: Partial<DelivererOptions> = {}): Deliverer =>
    createDeliverer({ db, senders, backoff: { baseMs: 5, capMs: 40 }, maxAttempts: 5, ...options });

  /** Runs rounds until no delivery is open (or fails after a while). */
  async function drain(run: () => Promise<unknown>): Promise<void> {
    const until = Date.now() + 20_000;
    while ((await openDeliveries()) > 0) {
      if (Date.now() > until) throw new Error('deliveries still open after 20 s');
      await run();
      await sleep(10);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    store = createEventStore(db, { projections: [projection] });
    smtp = await startSmtp();
    await receiver.start();
    senders = {
      email: createEmailSender({
        host: '127.0.0.1',
        port: smtp.port,
        from: 'Closeloop <noreply@closeloop.test>',
        messageIdDomain: 'closeloop.test',
      }),
      // The local receiver is allow-listed, as CLOSELOOP_OUTBOUND_ALLOW would: it is neither https nor public.
      webhook: createWebhookSender({ timeoutMs: 5000, outbound: { allow: [receiver.hostPort] } }),
      dingtalk: createDingTalkSender({ timeoutMs: 5000, outbound: { allow: [receiver.hostPort] } }),
      wecom: createWeComSender({ timeoutMs: 5000, outbound: { allow: [receiver.hostPort] } }),
    };

    for (const unit of units) await db.insertInto('units').values(unit).execute();
    await db
      .insertInto('plans')
      .values({
        id: 'P1',
        title: '方案',
        source_inspection: '督察',
        owner_unit_id: 'city',
        policy: JSON.stringify({}),
        version: 1,
        issued_at: '2026-11-01T00:00:00Z',
      })
      .execute();
    await db
      .insertInto('principals')
      .values(principalRows.map((p) => ({ name: p.role, key_hash: `hash-${p.id}`, revoked_at: null, ...p })))
      .execute();
    await db
      .insertInto('principal_channels')
      .values([
        { principal_id: people.unit, channel: 'email', address: 'unit@district.example.gov.cn', secret: null },
        { principal_id: people.unit, channel: 'webhook', address: receiver.url('/hook'), secret: WEBHOOK_SECRET },
        {
          principal_id: people.unit,
          channel: 'dingtalk',
          address: receiver.url('/dingtalk', '?access_token=tok'),
          secret: DINGTALK_SECRET,
        },
        { principal_id: people.unit, channel: 'wecom', address: receiver.url('/wecom', '?key=k'), secret: null },
        { principal_id: people.cityLeader, channel: 'email', address: 'leader@city.example.gov.cn', secret: null },
        { principal_id: people.supervisor, channel: 'email', address: 'off@city.example.gov.cn', secret: null, enabled: false },
        { principal_id: people.revoked, channel: 'email', address: 'revoked@district.example.gov.cn', secret: null },
        { principal_id: people.flaky, channel: 'webhook', address: receiver.url('/down'), secret: 'x' },
      ])
      .execute();
  });

  afterAll(async () => {
    await receiver.close();
    await smtp?.close();
    await database?.drop();
  });

  it('resolves each audience to the principals the rules name', async () => {
    const item = { responsibleUnitId: 'district-eco', supervisingUnitId: 'city-eco', planCode: 'P1' };
    const of = (audience: Audience[]) => resolveRecipients(db, item, audience);
    const sorted = (...ids: string[]) => [...ids].sort();

    expect(await of(['responsible_unit'])).toEqual([people.unit]);
    expect(await of(['responsible_unit_head'])).toEqual([people.unitHead]);
    expect(await of(['supervising_unit'])).toEqual([people.supervisor]);
    expect(await of(['leader_in_charge'])).toEqual([people.districtLeader]);
    expect(await of(['plan_owner'])).toEqual(sorted(people.cityLeader, people.cityAdmin));
    expect(await of(['discipline_body'])).toEqual([people.discipline]);
    expect(await of([])).toEqual([]);
    expect(await of(everyone)).toEqual(
      sorted(
        people.unit,
        people.unitHead,
        people.supervisor,
        people.districtLeader,
        people.cityLeader,
        people.cityAdmin,
        people.discipline,
      ),
    );
    // Without its plan, an item has no owner circle; the leader in charge is every leader above the unit.
    const orphan = { ...item, planCode: 'NO-SUCH-PLAN' };
    expect(await resolveRecipients(db, orphan, ['plan_owner', 'discipline_body'])).toEqual([]);
    expect(await resolveRecipients(db, orphan, ['leader_in_charge'])).toEqual(sorted(people.districtLeader, people.cityLeader));
  });

  let itemId: string;
  let appended: EventToAppend[];

  it('writes one inbox row per recipient and one pending delivery per enabled channel, in the append', async () => {
    itemId = await insertItem(db);
    appended = [event('DeadlineApproaching', itemId, { deadline: '2026-12-31' }), event('ItemOverdue', itemId, { deadline: '2026-12-31' })];
    const result = await store.append(`item-${itemId}`, 0, appended);
    expect(result.alreadyCommitted).toBe(false);

    const rows = await db.selectFrom('notifications').selectAll().orderBy('event_id').orderBy('principal_id').execute();
    const [soon, overdue] = appended;
    const forSoon = rows.filter((r) => r.event_id === soon.eventId);
    const forOverdue = rows.filter((r) => r.event_id === overdue.eventId);
    expect(forSoon.map((r) => [r.principal_id, r.kind])).toEqual([[people.unit, 'deadline-approaching']]);
    expect(forOverdue.map((r) => r.principal_id).sort()).toEqual(
      [
        people.unit,
        people.unitHead,
        people.supervisor,
        people.districtLeader,
        people.cityLeader,
        people.cityAdmin,
        people.discipline,
      ].sort(),
    );
    // One notification per event and person: the unit gets the first intent's words, not the escalation too.
    expect(forOverdue.find((r) => r.principal_id === people.unit)).toMatchObject({
      kind: 'overdue',
      title: '已逾期：整改事项',
      item_id: itemId,
    });
    for (const row of rows) expect(row.id).toBe(notificationIdFor(row.event_id, row.principal_id));

    const deliveries = await db
      .selectFrom('deliveries')
      .innerJoin('notifications', 'notifications.id', 'deliveries.notification_id')
      .select(['notifications.principal_id', 'notifications.event_id', 'deliveries.channel', 'deliveries.status', 'deliveries.attempts'])
      .execute();
    // The unit: 4 channels × 2 events; the city leader: email × 1; the supervisor's email is disabled.
    expect(deliveries).toHaveLength(9);
    expect(
      deliveries
        .filter((d) => d.principal_id === people.unit)
        .map((d) => d.channel)
        .sort(),
    ).toEqual(['dingtalk', 'dingtalk', 'email', 'email', 'webhook', 'webhook', 'wecom', 'wecom']);
    expect(deliveries.filter((d) => d.principal_id === people.cityLeader).map((d) => d.channel)).toEqual(['email']);
    expect(deliveries.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
  });

  it('delivers every channel exactly once, retrying the webhook through an outage, signed as specified', async () => {
    receiver.failNext.set('/hook', 2);
    const run = deliverer();
    const first = await run.runOnce();
    expect(first).toEqual({ delivered: 7, failed: 0, retried: 2 });
    await drain(() => run.runOnce());

    const notifications = await db.selectFrom('notifications').select(['id', 'principal_id']).execute();
    const unitIds = notifications
      .filter((n) => n.principal_id === people.unit)
      .map((n) => n.id)
      .sort();
    const leaderIds = notifications.filter((n) => n.principal_id === people.cityLeader).map((n) => n.id);

    // email: one message per notification, its Message-ID derived from the notification id
    expect(smtp.mails.map((m) => m.delivery).sort()).toEqual([...unitIds, ...leaderIds].sort());
    for (const mail of smtp.mails) expect(mail.messageId).toBe(`<${mail.delivery}@closeloop.test>`);
    expect(smtp.mails.filter((m) => m.to[0] === 'unit@district.example.gov.cn')).toHaveLength(2);

    // webhook: two 503s, then each notification once, with a signature that verifies at the receiver
    expect(receiver.calls.filter((c) => c.path === '/hook' && c.answered === 503)).toHaveLength(2);
    const hooks = receiver.ok('/hook');
    expect(hooks.map((h) => h.headers['x-closeloop-delivery']).sort()).toEqual(unitIds);
    for (const hook of hooks) {
      const signed = {
        timestamp: hook.headers['x-closeloop-timestamp'] as string,
        signature: hook.headers['x-closeloop-signature'] as string,
      };
      expect(verifyWebhookSignature(WEBHOOK_SECRET, signed, hook.body)).toBe(true);
      expect(verifyWebhookSignature('wrong', signed, hook.body)).toBe(false);
      const payload = JSON.parse(hook.body) as Record<string, unknown>;
      expect(payload).toMatchObject({ id: hook.headers['x-closeloop-delivery'] });
      expect(Object.keys(payload).sort()).toEqual(['body', 'createdAt', 'data', 'id', 'kind', 'title']);
    }

    // DingTalk: signed URL the robot would accept; WeCom: markdown content
    const dings = receiver.ok('/dingtalk');
    expect(dings).toHaveLength(2);
    for (const ding of dings) {
      const timestamp = Number(ding.url.searchParams.get('timestamp'));
      expect(ding.url.searchParams.get('access_token')).toBe('tok');
      expect(Math.abs(Date.now() - timestamp)).toBeLessThan(60_000);
      expect(ding.url.searchParams.get('sign')).toBe(signDingTalk(DINGTALK_SECRET, timestamp));
      expect(JSON.parse(ding.body)).toMatchObject({
        msgtype: 'markdown',
        markdown: { title: expect.any(String), text: expect.any(String) },
      });
    }
    const wecoms = receiver.ok('/wecom');
    expect(wecoms).toHaveLength(2);
    for (const wecom of wecoms)
      expect(JSON.parse(wecom.body)).toMatchObject({ msgtype: 'markdown', markdown: { content: expect.any(String) } });

    // the delivery log
    const rows = await db.selectFrom('deliveries').selectAll().execute();
    expect(rows.every((r) => r.status === 'delivered' && r.delivered_at !== null && r.leased_until === null)).toBe(true);
    expect(rows.filter((r) => r.channel === 'webhook').reduce((sum, r) => sum + r.attempts, 0)).toBe(2);
    const retried = rows.find((r) => r.channel === 'webhook' && r.attempts > 0);
    expect(retried?.last_error).toBeNull();
    const log = await listDeliveries(db, unitIds[0]);
    expect(log.map((l) => [l.channel, l.status])).toEqual([
      ['dingtalk', 'delivered'],
      ['email', 'delivered'],
      ['webhook', 'delivered'],
      ['wecom', 'delivered'],
    ]);

    // nothing is sent twice: another round finds nothing
    expect(await run.runOnce()).toEqual({ delivered: 0, failed: 0, retried: 0 });
  });

  it('creates nothing twice when the same events are appended again or the projection is re-run', async () => {
    const before = { notifications: await count('notifications'), deliveries: await count('deliveries') };
    // The principal has added a channel since: an old notification must still not gain a delivery.
    await db
      .insertInto('principal_channels')
      .values({ principal_id: people.unitHead, channel: 'email', address: 'head@district.example.gov.cn', secret: null })
      .execute();

    const retry = await store.append(`item-${itemId}`, 0, appended);
    expect(retry.alreadyCommitted).toBe(true);
    const recorded = await store.readStream(`item-${itemId}`);
    await db.transaction().execute((trx) => projection(trx, recorded));
    await db.transaction().execute((trx) => projection(trx, recorded));

    expect({ notifications: await count('notifications'), deliveries: await count('deliveries') }).toEqual(before);
    expect(await deliverer().runOnce()).toEqual({ delivered: 0, failed: 0, retried: 0 });
    expect(smtp.mails.filter((m) => m.to[0] === 'head@district.example.gov.cn')).toHaveLength(0);
  });

  it('lets two deliverers run side by side and still sends each row once', async () => {
    const next = await insertItem(db);
    const events = Array.from({ length: 8 }, (_, i) => event('DeadlineApproaching', next, { deadline: `2026-12-${10 + i}` }));
    await store.append(`item-${next}`, 0, events);
    const ids = events.map((e) => notificationIdFor(e.eventId, people.unit)).sort();
    expect(await openDeliveries()).toBe(32);

    receiver.delayMs = 15;
    const mailsBefore = smtp.mails.length;
    const callsBefore = receiver.calls.length;
    const a = deliverer({ batchSize: 5 });
    const b = deliverer({ batchSize: 5 });
    const totals = { delivered: 0, failed: 0, retried: 0 };
    let round = 0;
    try {
      await drain(async () => {
        // Started together, and (every other round) b a moment later, while a's rows are in flight.
        const rounds = await Promise.all([a.runOnce(), sleep(round++ % 2 ? 4 : 0).then(() => b.runOnce())]);
        for (const r of rounds) for (const k of ['delivered', 'failed', 'retried'] as const) totals[k] += r[k];
      });
    } finally {
      receiver.delayMs = 0;
    }

    expect(totals).toEqual({ delivered: 32, failed: 0, retried: 0 });
    expect(
      smtp.mails
        .slice(mailsBefore)
        .map((m) => m.delivery)
        .sort(),
    ).toEqual(ids);
    const calls = receiver.calls.slice(callsBefore);
    for (const path of ['/hook', '/dingtalk', '/wecom']) {
      expect(calls.filter((c) => c.path === path)).toHaveLength(8);
    }
    expect(
      calls
        .filter((c) => c.path === '/hook')
        .map((c) => c.headers['x-closeloop-delivery'])
        .sort(),
    ).toEqual(ids);
  });

  it('takes over a row whose deliverer died after claiming it, once its lease is over, and not before', async () => {
    const crashed = await insertItem(db);
    const soon = event('DeadlineApproaching', crashed, { deadline: '2027-02-28' });
    await store.append(`item-${crashed}`, 0, [soon]);
    const id = notificationIdFor(soon.eventId, people.unit);
    // A deliverer claimed every channel, then died: the rows stay `sending` under its lease.
    await sql`update deliveries set status = 'sending', leased_until = now() + interval '1 hour' where notification_id = ${id}`.execute(db);
    const callsBefore = receiver.calls.length;
    expect(await deliverer().runOnce()).toEqual({ delivered: 0, failed: 0, retried: 0 });
    expect(receiver.calls.length).toBe(callsBefore);

    await sql`update deliveries set leased_until = now() - interval '1 second' where notification_id = ${id}`.execute(db);
    expect(await deliverer().runOnce()).toEqual({ delivered: 4, failed: 0, retried: 0 });
    expect((await listDeliveries(db, id)).map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    expect(
      receiver.calls
        .slice(callsBefore)
        .filter((c) => c.path === '/hook')
        .map((c) => c.headers['x-closeloop-delivery']),
    ).toEqual([id]);
  });

  it('gives a delivery that always fails up as failed after maxAttempts, keeping its last error', async () => {
    receiver.down.add('/down');
    const flakyItem = await insertItem(db, 'district-water');
    // due soon: only the responsible unit (otherUnit without channels, and flaky with its broken webhook)
    const soon = event('DeadlineApproaching', flakyItem, { deadline: '2026-12-31' });
    await store.append(`item-${flakyItem}`, 0, [soon]);
    const id = notificationIdFor(soon.eventId, people.flaky);
    expect((await listDeliveries(db, id)).map((d) => [d.channel, d.status])).toEqual([['webhook', 'pending']]);

    const run = deliverer({ maxAttempts: 3 });
    const totals = { delivered: 0, failed: 0, retried: 0 };
    await drain(async () => {
      const r = await run.runOnce();
      for (const k of ['delivered', 'failed', 'retried'] as const) totals[k] += r[k];
    });

    expect(totals).toEqual({ delivered: 0, failed: 1, retried: 2 });
    const [log] = await listDeliveries(db, id);
    expect(log).toMatchObject({ channel: 'webhook', status: 'failed', attempts: 3, deliveredAt: null });
    expect(log.lastError).toContain('answered 503');
    expect(receiver.calls.filter((c) => c.path === '/down')).toHaveLength(3);
    expect(await run.runOnce()).toEqual({ delivered: 0, failed: 0, retried: 0 });
  });

  it('polls with start() and stop() waits for the round in progress', async () => {
    const later = await insertItem(db);
    const soon = event('DeadlineApproaching', later, { deadline: '2027-01-31' });
    await store.append(`item-${later}`, 0, [soon]);
    const run = deliverer();
    run.start(20);
    const until = Date.now() + 10_000;
    while ((await openDeliveries()) > 0 && Date.now() < until) await sleep(20);
    await run.stop();
    expect(await openDeliveries()).toBe(0);
    expect((await listDeliveries(db, notificationIdFor(soon.eventId, people.unit))).every((d) => d.status === 'delivered')).toBe(true);
  });

  it("works with the domain's own intents: an overdue item tells its unit and its supervisor", async () => {
    const domainStore = createEventStore(db, { projections: [createNotificationProjection(notificationIntents)] });
    const overdueItem = await insertItem(db);
    const overdue = event('ItemOverdue', overdueItem, { deadline: '2026-12-31' });
    await domainStore.append(`item-${overdueItem}`, 0, [overdue]);
    const rows = await db
      .selectFrom('notifications')
      .select(['principal_id', 'kind', 'title'])
      .where('event_id', '=', overdue.eventId)
      .orderBy('principal_id')
      .execute();
    expect(rows.map((r) => r.principal_id)).toEqual([people.unit, people.supervisor].sort());
    expect(rows.every((r) => r.kind === 'overdue' && r.title.includes('整改事项'))).toBe(true);
    await drain(() => deliverer().runOnce());
  });

  it('never claims a delivered row, even one whose lease looks expired', async () => {
    await sql`update deliveries set leased_until = now() - interval '1 hour' where status = 'delivered'`.execute(db);
    expect(await deliverer().runOnce()).toEqual({ delivered: 0, failed: 0, retried: 0 });
  });
});
