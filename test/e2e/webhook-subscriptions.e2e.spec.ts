import { verifyWebhookSignature } from '@closeloop/notifications';
import type { Schemas } from '@closeloop/api-client';
import { type ApiClient, createUnits, sendUntyped } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type Received, Receiver } from '../support/notification-peers';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';
import { until } from '../support/until';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Webhook subscriptions end to end: the API, the in-process worker with its projection and deliverer,
 * and a real local HTTP receiver that verifies signatures and can be down.
 */
describe('POST/GET/DELETE /v1/webhooks and their deliveries', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;
  const receiver = new Receiver();
  const keys: Record<string, string> = {};
  const as: Record<'integrator' | 'outsider' | 'unit', ApiClient> = {} as Record<'integrator' | 'outsider' | 'unit', ApiClient>;
  const subs: Record<'a' | 'b' | 'c', { id: string; secret: string }> = {
    a: { id: '', secret: '' },
    b: { id: '', secret: '' },
    c: { id: '', secret: '' },
  };
  let itemId = '';

  type DeliveryQuery = { cursor?: string; limit?: number; status?: 'pending' | 'sending' | 'delivered' | 'failed' };
  const log = async (sub: 'a' | 'b' | 'c', query: DeliveryQuery = {}) =>
    (await as.integrator.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: subs[sub].id }, query } })).data!;
  const onHook = (id: string) => ({ params: { path: { id } } });
  const replay = (client: ApiClient, id: string, deliveryId: string) =>
    client.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id, deliveryId } } });
  const payloadOf = (c: Received) =>
    JSON.parse(c.body) as { id: string; type: string; itemId: string; version: number; data: unknown; recordedAt: string };

  beforeAll(async () => {
    await receiver.start();
    stack = await startStack({ webhooks: true, outboundAllow: [receiver.hostPort] });
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water', 'baotou'));
    const plan = {
      id: 'WH',
      title: '黄河流域整改方案',
      sourceInspection: '自治区督察',
      ownerUnitId: 'hhht',
      policy: { dueSoonBefore: 'P7D' },
    };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    keys.integrator = await stack.keyFor('integrator', ['hhht']);
    keys.outsider = await stack.keyFor('integrator', ['baotou']);
    keys.unit = await stack.keyFor('unit', ['hhht-water']);
    for (const name of ['integrator', 'outsider', 'unit'] as const) as[name] = stack.client(keys[name]);
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver.close();
  });

  it('subscribes: 201 with the generated secret shown once, or none when the caller gave one', async () => {
    const a = await as.integrator.POST('/v1/webhooks', {
      body: {
        url: receiver.url('/a'),
        eventTypes: ['ItemFiled', 'ItemAcknowledged', 'ProgressReported'],
        secret: 'a-secret-of-sixteen-chars',
      },
    });
    expect(a.response.status).toBe(201);
    expect(a.data).toMatchObject({
      id: expect.any(String),
      url: receiver.url('/a'),
      eventTypes: ['ItemFiled', 'ItemAcknowledged', 'ProgressReported'],
    });
    expect(a.data!.secret).toBeUndefined();
    subs.a = { id: a.data!.id, secret: 'a-secret-of-sixteen-chars' };

    const b = await as.integrator.POST('/v1/webhooks', { body: { url: receiver.url('/b'), eventTypes: ['*'] } });
    expect(b.response.status).toBe(201);
    expect(b.data!.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    subs.b = { id: b.data!.id, secret: b.data!.secret! };
    expect((await as.integrator.GET('/v1/webhooks/{id}', onHook(subs.b.id))).data).not.toHaveProperty('secret');

    const c = await as.outsider.POST('/v1/webhooks', { body: { url: receiver.url('/c'), eventTypes: ['*'] } });
    expect(c.response.status).toBe(201);
    subs.c = { id: c.data!.id, secret: c.data!.secret! };

    const mine = await as.integrator.GET('/v1/webhooks');
    expect(mine.data!.items.map((s) => s.id)).toEqual([subs.a.id, subs.b.id]);
    const all = await admin.GET('/v1/webhooks');
    expect(all.data!.items.map((s) => s.id)).toEqual([subs.a.id, subs.b.id, subs.c.id]);
    const paged = await admin.GET('/v1/webhooks', { params: { query: { limit: 1 } } });
    expect(paged.data!.items).toHaveLength(1);
    const next = await admin.GET('/v1/webhooks', { params: { query: { limit: 5, cursor: paged.data!.nextCursor! } } });
    expect(next.data!.items.map((s) => s.id)).toEqual([subs.b.id, subs.c.id]);
  });

  it('delivers each subscribed event of an item in scope once, signed; retries a receiver that is down, with backoff', async () => {
    receiver.down.add('/b');
    const filed = await admin.POST('/v1/items', {
      body: {
        planCode: 'WH',
        code: '1',
        title: '黄河流域入河排污口整治',
        finding: '部分入河排污口未完成整治',
        target: '入河排污口整治完成率100%',
        deadline: endOfMonthAhead(7),
        responsibleUnitId: 'hhht-water',
        supervisingUnitId: 'hhht-eco',
      },
    });
    expect(filed.response.status).toBe(201);
    itemId = filed.data!.id;
    const onItem = { params: { path: { id: itemId } } };
    expect((await as.unit.POST('/v1/items/{id}/acknowledgement', { ...onItem, body: {} })).response.status).toBe(200);
    expect(
      (await as.unit.POST('/v1/items/{id}/progress-reports', { ...onItem, body: { percent: 30, note: '完成排查' } })).response.status,
    ).toBe(200);

    // Subscription a: exactly its three event types, once each, verifiable.
    await until('three deliveries to a', async () => receiver.ok('/a').length >= 3);
    await sleep(1000); // nothing more arrives
    // Sends run side by side: arrival order is not guaranteed, the payload's version orders them.
    const toA = receiver.ok('/a').sort((x, y) => payloadOf(x).version - payloadOf(y).version);
    expect(toA.map((c) => c.headers['x-closeloop-event'])).toEqual(['ItemFiled', 'ItemAcknowledged', 'ProgressReported']);
    for (const c of toA) {
      const headers = { timestamp: c.headers['x-closeloop-timestamp'] as string, signature: c.headers['x-closeloop-signature'] as string };
      expect(verifyWebhookSignature(subs.a.secret, headers, c.body)).toBe(true);
      expect(verifyWebhookSignature(subs.b.secret, headers, c.body)).toBe(false);
      const payload = payloadOf(c);
      expect(payload).toMatchObject({
        type: c.headers['x-closeloop-event'],
        itemId,
        id: expect.any(String),
        recordedAt: expect.any(String),
      });
      expect(c.headers['x-closeloop-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(toA.map((c) => payloadOf(c).version)).toEqual([1, 3, 4]); // ItemAssigned (2) is not subscribed
    expect(new Set(toA.map((c) => c.headers['x-closeloop-delivery'])).size).toBe(3);

    // Subscription b: down; the ItemFiled delivery is retried with growing waits and its log says why.
    const pending = await until('b retried twice', async () => {
      const res = await log('b', { status: 'pending' });
      const filedRow = res.items.find((d) => d.eventType === 'ItemFiled');
      return filedRow && filedRow.attempts >= 2 ? filedRow : undefined;
    });
    expect(pending).toMatchObject({
      status: 'pending',
      lastError: expect.stringMatching(/503/),
      deliveredAt: null,
      nextAttemptAt: expect.any(String),
    });
    const failedSoFar = receiver.calls.filter((c) => c.path === '/b' && c.headers['x-closeloop-delivery'] === pending.id).length;
    // Backoff 200 ms · 2^n: a few attempts, not one per 200 ms poll.
    await sleep(1500);
    const failedLater = receiver.calls.filter((c) => c.path === '/b' && c.headers['x-closeloop-delivery'] === pending.id).length;
    expect(failedLater - failedSoFar).toBeLessThanOrEqual(3);

    receiver.down.delete('/b');
    await until('all of b delivered', async () => {
      const res = await log('b');
      return res.items.length >= 4 && res.items.every((d) => d.status === 'delivered');
    });
    const deliveredLog = (await log('b')).items;
    expect(deliveredLog.map((d) => d.eventType)).toEqual(
      expect.arrayContaining(['ItemFiled', 'ItemAssigned', 'ItemAcknowledged', 'ProgressReported']),
    );
    const filedRow = deliveredLog.find((d) => d.eventType === 'ItemFiled')!;
    expect(filedRow).toMatchObject({ id: pending.id, status: 'delivered', deliveredAt: expect.any(String), nextAttemptAt: null });
    expect(filedRow.attempts).toBeGreaterThanOrEqual(2);
    expect(filedRow.payload).toMatchObject({ type: 'ItemFiled', itemId, version: 1 });
    const okB = receiver.ok('/b');
    expect(okB.filter((c) => c.headers['x-closeloop-delivery'] === pending.id)).toHaveLength(1);
    for (const c of okB) {
      expect(
        verifyWebhookSignature(
          subs.b.secret,
          { timestamp: c.headers['x-closeloop-timestamp'] as string, signature: c.headers['x-closeloop-signature'] as string },
          c.body,
        ),
      ).toBe(true);
    }
    expect((await log('b', { status: 'pending' })).items).toEqual([]);
    const page = await log('b', { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect((await log('b', { limit: 100, cursor: page.nextCursor! })).items.length).toBe(deliveredLog.length - 2);

    // The out-of-scope integrator's subscription receives nothing.
    expect(receiver.calls.filter((c) => c.path === '/c')).toEqual([]);
    expect((await as.outsider.GET('/v1/webhooks/{id}/deliveries', onHook(subs.c.id))).data!.items).toEqual([]);
  });

  it('replays a delivery: the same payload again with the same delivery id', async () => {
    const row = (await log('a')).items.find((d) => d.eventType === 'ItemAcknowledged')!;
    const before = receiver.ok('/a').filter((c) => c.headers['x-closeloop-delivery'] === row.id);
    expect(before).toHaveLength(1);
    const replayed = await replay(as.integrator, subs.a.id, row.id);
    expect(replayed.response.status).toBe(202);
    expect(replayed.data).toMatchObject({ id: row.id, status: 'pending', attempts: 0, replayedAt: expect.any(String) });
    const after = await until('the replay', async () => {
      const calls = receiver.ok('/a').filter((c) => c.headers['x-closeloop-delivery'] === row.id);
      return calls.length === 2 ? calls : undefined;
    });
    expect(after[1].body).toBe(after[0].body);
    expect(after[1].headers['x-closeloop-event']).toBe('ItemAcknowledged');
    await until('the log shows it delivered', async () => {
      const again = (await log('a')).items.find((d) => d.id === row.id)!;
      return again.status === 'delivered' && again.replayedAt !== null;
    });
    expect((await replay(as.outsider, subs.a.id, row.id)).response.status).toBe(404);
    expect((await replay(as.integrator, subs.b.id, row.id)).response.status).toBe(404);
    expect((await replay(as.integrator, subs.a.id, 'not-a-uuid')).response.status).toBe(404);
  });

  it('refuses bad input (400), other roles (403), other owners’ subscriptions (404), and deletes (204)', async () => {
    const bad = async (body: Schemas['CreateWebhookDto']) => {
      const res = await as.integrator.POST('/v1/webhooks', { body });
      expect(res.response.status).toBe(400);
      expect(res.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      return res.error!;
    };
    const url = receiver.url('/x');
    expect((await bad({ url: 'ftp://example.org/hook', eventTypes: ['*'] })).errors).toEqual([expect.objectContaining({ field: 'url' })]);
    await bad({ url: 'not a url', eventTypes: ['*'] });
    // @ts-expect-error the url left out: the API answers 400
    await bad({ eventTypes: ['*'] });
    // @ts-expect-error the event types left out: the API answers 400
    expect((await bad({ url })).errors).toEqual([expect.objectContaining({ field: 'eventTypes' })]);
    await bad({ url, eventTypes: [] });
    // @ts-expect-error there is no event NoSuchEvent: the API answers 400
    await bad({ url, eventTypes: ['ItemFiled', 'NoSuchEvent'] });
    // @ts-expect-error the event types are a list: the API answers 400
    await bad({ url, eventTypes: 'ItemFiled' });
    await bad({ url, eventTypes: ['ItemFiled', 'ItemFiled'] });
    await bad({ url, eventTypes: ['*'], secret: 'short' });
    // A field the document does not have, and broken JSON: only plain fetch sends those.
    const extra = await sendUntyped(stack.baseUrl, 'POST', '/v1/webhooks', {
      key: keys.integrator,
      body: JSON.stringify({ url, eventTypes: ['*'], extra: true }),
    });
    expect(extra.status).toBe(400);
    expect(extra.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await sendUntyped(stack.baseUrl, 'POST', '/v1/webhooks', { key: keys.integrator, body: '{"url":' })).status).toBe(400);
    const deliveriesOfA = (query: DeliveryQuery) =>
      as.integrator.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: subs.a.id }, query } });
    // @ts-expect-error there is no status 'lost': the API answers 400
    expect((await deliveriesOfA({ status: 'lost' })).response.status).toBe(400);
    expect((await deliveriesOfA({ cursor: 'forged' })).response.status).toBe(400);

    expect((await as.unit.POST('/v1/webhooks', { body: { url, eventTypes: ['*'] } })).response.status).toBe(403);
    expect((await as.unit.GET('/v1/webhooks')).response.status).toBe(403);
    expect((await stack.client().GET('/v1/webhooks')).response.status).toBe(401);

    expect((await as.outsider.GET('/v1/webhooks/{id}', onHook(subs.a.id))).response.status).toBe(404);
    expect((await as.outsider.GET('/v1/webhooks/{id}/deliveries', onHook(subs.a.id))).response.status).toBe(404);
    expect((await as.outsider.DELETE('/v1/webhooks/{id}', onHook(subs.a.id))).response.status).toBe(404);
    expect((await as.integrator.GET('/v1/webhooks/{id}', onHook('not-a-uuid'))).response.status).toBe(404);
    expect((await admin.GET('/v1/webhooks/{id}', onHook(subs.c.id))).response.status).toBe(200);

    const gone = await as.integrator.DELETE('/v1/webhooks/{id}', onHook(subs.a.id));
    expect(gone.response.status).toBe(204);
    expect((await as.integrator.GET('/v1/webhooks/{id}', onHook(subs.a.id))).response.status).toBe(404);
    expect((await as.integrator.DELETE('/v1/webhooks/{id}', onHook(subs.a.id))).response.status).toBe(404);
    expect((await as.integrator.GET('/v1/webhooks')).data!.items.map((s) => s.id)).toEqual([subs.b.id]);

    // A deleted subscription gets no new deliveries.
    const calls = receiver.calls.filter((c) => c.path === '/a').length;
    const report = await as.unit.POST('/v1/items/{id}/progress-reports', {
      params: { path: { id: itemId } },
      body: { percent: 60, note: '完成封堵' },
    });
    expect(report.response.status).toBe(200);
    await until('b got the new report', async () => receiver.ok('/b').filter((c) => payloadOf(c).type === 'ProgressReported').length === 2);
    await sleep(500);
    expect(receiver.calls.filter((c) => c.path === '/a').length).toBe(calls);
  });
});
