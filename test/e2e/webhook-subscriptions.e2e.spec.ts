import { verifyWebhookSignature } from '@closeloop/notifications';
import { apiClient } from '../support/http';
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
  let call: ReturnType<typeof apiClient>;
  const receiver = new Receiver();
  const keys: Record<string, string> = {};
  const subs: Record<'a' | 'b' | 'c', { id: string; secret: string }> = {
    a: { id: '', secret: '' },
    b: { id: '', secret: '' },
    c: { id: '', secret: '' },
  };
  let itemId = '';

  const log = async (sub: 'a' | 'b' | 'c', query = '') => {
    const res = await call('GET', `/v1/webhooks/${subs[sub].id}/deliveries${query}`, { key: keys.integrator });
    return res;
  };
  const payloadOf = (c: Received) =>
    JSON.parse(c.body) as { id: string; type: string; itemId: string; version: number; data: unknown; recordedAt: string };

  beforeAll(async () => {
    await receiver.start();
    stack = await startStack({ webhooks: true, outboundAllow: [receiver.hostPort] });
    call = apiClient(stack.baseUrl);
    const admin = stack.adminKey;
    for (const unit of [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
      { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
      { id: 'baotou', name: '包头市人民政府', kind: 'plan_owner' },
    ]) {
      expect((await call('POST', '/v1/units', { key: admin, body: unit })).status).toBe(201);
    }
    const plan = {
      id: 'WH',
      title: '黄河流域整改方案',
      sourceInspection: '自治区督察',
      ownerUnitId: 'hhht',
      policy: { dueSoonBefore: 'P7D' },
    };
    expect((await call('POST', '/v1/plans', { key: admin, body: plan })).status).toBe(201);
    keys.integrator = await stack.keyFor('integrator', ['hhht']);
    keys.outsider = await stack.keyFor('integrator', ['baotou']);
    keys.unit = await stack.keyFor('unit', ['hhht-water']);
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver.close();
  });

  it('subscribes: 201 with the generated secret shown once, or none when the caller gave one', async () => {
    const a = await call('POST', '/v1/webhooks', {
      key: keys.integrator,
      body: {
        url: receiver.url('/a'),
        eventTypes: ['ItemFiled', 'ItemAcknowledged', 'ProgressReported'],
        secret: 'a-secret-of-sixteen-chars',
      },
    });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      id: expect.any(String),
      url: receiver.url('/a'),
      eventTypes: ['ItemFiled', 'ItemAcknowledged', 'ProgressReported'],
    });
    expect(a.body.secret).toBeUndefined();
    subs.a = { id: a.body.id, secret: 'a-secret-of-sixteen-chars' };

    const b = await call('POST', '/v1/webhooks', { key: keys.integrator, body: { url: receiver.url('/b'), eventTypes: ['*'] } });
    expect(b.status).toBe(201);
    expect(b.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    subs.b = { id: b.body.id, secret: b.body.secret };
    expect((await call('GET', `/v1/webhooks/${subs.b.id}`, { key: keys.integrator })).body.secret).toBeUndefined();

    const c = await call('POST', '/v1/webhooks', { key: keys.outsider, body: { url: receiver.url('/c'), eventTypes: ['*'] } });
    expect(c.status).toBe(201);
    subs.c = { id: c.body.id, secret: c.body.secret };

    const mine = await call('GET', '/v1/webhooks', { key: keys.integrator });
    expect(mine.body.items.map((s: { id: string }) => s.id)).toEqual([subs.a.id, subs.b.id]);
    const all = await call('GET', '/v1/webhooks', { key: stack.adminKey });
    expect(all.body.items.map((s: { id: string }) => s.id)).toEqual([subs.a.id, subs.b.id, subs.c.id]);
    const paged = await call('GET', '/v1/webhooks?limit=1', { key: stack.adminKey });
    expect(paged.body.items).toHaveLength(1);
    const next = await call('GET', `/v1/webhooks?limit=5&cursor=${paged.body.nextCursor}`, { key: stack.adminKey });
    expect(next.body.items.map((s: { id: string }) => s.id)).toEqual([subs.b.id, subs.c.id]);
  });

  it('delivers each subscribed event of an item in scope once, signed; retries a receiver that is down, with backoff', async () => {
    receiver.down.add('/b');
    const filed = await call('POST', '/v1/items', {
      key: stack.adminKey,
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
    expect(filed.status).toBe(201);
    itemId = filed.body.id;
    expect((await call('POST', `/v1/items/${itemId}/acknowledgement`, { key: keys.unit, body: {} })).status).toBe(200);
    expect(
      (await call('POST', `/v1/items/${itemId}/progress-reports`, { key: keys.unit, body: { percent: 30, note: '完成排查' } })).status,
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
      const res = await log('b', '?status=pending');
      const filedRow = res.body.items.find((d: { eventType: string }) => d.eventType === 'ItemFiled');
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
      return res.body.items.length >= 4 && res.body.items.every((d: { status: string }) => d.status === 'delivered');
    });
    const deliveredLog = (await log('b')).body.items as any[];
    expect(deliveredLog.map((d) => d.eventType)).toEqual(
      expect.arrayContaining(['ItemFiled', 'ItemAssigned', 'ItemAcknowledged', 'ProgressReported']),
    );
    const filedRow = deliveredLog.find((d) => d.eventType === 'ItemFiled');
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
    expect((await log('b', '?status=pending')).body.items).toEqual([]);
    const page = await log('b', '?limit=2');
    expect(page.body.items).toHaveLength(2);
    expect((await log('b', `?limit=100&cursor=${page.body.nextCursor}`)).body.items.length).toBe(deliveredLog.length - 2);

    // The out-of-scope integrator's subscription receives nothing.
    expect(receiver.calls.filter((c) => c.path === '/c')).toEqual([]);
    expect((await call('GET', `/v1/webhooks/${subs.c.id}/deliveries`, { key: keys.outsider })).body.items).toEqual([]);
  });

  it('replays a delivery: the same payload again with the same delivery id', async () => {
    const row = ((await log('a')).body.items as any[]).find((d) => d.eventType === 'ItemAcknowledged');
    const before = receiver.ok('/a').filter((c) => c.headers['x-closeloop-delivery'] === row.id);
    expect(before).toHaveLength(1);
    const replay = await call('POST', `/v1/webhooks/${subs.a.id}/deliveries/${row.id}/replay`, { key: keys.integrator });
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ id: row.id, status: 'pending', attempts: 0, replayedAt: expect.any(String) });
    const after = await until('the replay', async () => {
      const calls = receiver.ok('/a').filter((c) => c.headers['x-closeloop-delivery'] === row.id);
      return calls.length === 2 ? calls : undefined;
    });
    expect(after[1].body).toBe(after[0].body);
    expect(after[1].headers['x-closeloop-event']).toBe('ItemAcknowledged');
    await until('the log shows it delivered', async () => {
      const again = ((await log('a')).body.items as any[]).find((d) => d.id === row.id);
      return again.status === 'delivered' && again.replayedAt !== null;
    });
    expect((await call('POST', `/v1/webhooks/${subs.a.id}/deliveries/${row.id}/replay`, { key: keys.outsider })).status).toBe(404);
    expect((await call('POST', `/v1/webhooks/${subs.b.id}/deliveries/${row.id}/replay`, { key: keys.integrator })).status).toBe(404);
    expect((await call('POST', `/v1/webhooks/${subs.a.id}/deliveries/not-a-uuid/replay`, { key: keys.integrator })).status).toBe(404);
  });

  it('refuses bad input (400), other roles (403), other owners’ subscriptions (404), and deletes (204)', async () => {
    const bad = async (body: unknown) => {
      const res = await call('POST', '/v1/webhooks', { key: keys.integrator, body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      return res.body;
    };
    const url = receiver.url('/x');
    expect((await bad({ url: 'ftp://example.org/hook', eventTypes: ['*'] })).errors).toEqual([expect.objectContaining({ field: 'url' })]);
    await bad({ url: 'not a url', eventTypes: ['*'] });
    await bad({ eventTypes: ['*'] });
    expect((await bad({ url })).errors).toEqual([expect.objectContaining({ field: 'eventTypes' })]);
    await bad({ url, eventTypes: [] });
    await bad({ url, eventTypes: ['ItemFiled', 'NoSuchEvent'] });
    await bad({ url, eventTypes: 'ItemFiled' });
    await bad({ url, eventTypes: ['ItemFiled', 'ItemFiled'] });
    await bad({ url, eventTypes: ['*'], secret: 'short' });
    await bad({ url, eventTypes: ['*'], extra: true });
    expect((await call('POST', '/v1/webhooks', { key: keys.integrator, rawBody: '{"url":' })).status).toBe(400);
    expect((await call('GET', `/v1/webhooks/${subs.a.id}/deliveries?status=lost`, { key: keys.integrator })).status).toBe(400);
    expect((await call('GET', `/v1/webhooks/${subs.a.id}/deliveries?cursor=forged`, { key: keys.integrator })).status).toBe(400);

    expect((await call('POST', '/v1/webhooks', { key: keys.unit, body: { url, eventTypes: ['*'] } })).status).toBe(403);
    expect((await call('GET', '/v1/webhooks', { key: keys.unit })).status).toBe(403);
    expect((await call('GET', '/v1/webhooks')).status).toBe(401);

    expect((await call('GET', `/v1/webhooks/${subs.a.id}`, { key: keys.outsider })).status).toBe(404);
    expect((await call('GET', `/v1/webhooks/${subs.a.id}/deliveries`, { key: keys.outsider })).status).toBe(404);
    expect((await call('DELETE', `/v1/webhooks/${subs.a.id}`, { key: keys.outsider })).status).toBe(404);
    expect((await call('GET', '/v1/webhooks/not-a-uuid', { key: keys.integrator })).status).toBe(404);
    expect((await call('GET', `/v1/webhooks/${subs.c.id}`, { key: stack.adminKey })).status).toBe(200);

    const gone = await call('DELETE', `/v1/webhooks/${subs.a.id}`, { key: keys.integrator });
    expect(gone.status).toBe(204);
    expect((await call('GET', `/v1/webhooks/${subs.a.id}`, { key: keys.integrator })).status).toBe(404);
    expect((await call('DELETE', `/v1/webhooks/${subs.a.id}`, { key: keys.integrator })).status).toBe(404);
    expect((await call('GET', '/v1/webhooks', { key: keys.integrator })).body.items.map((s: { id: string }) => s.id)).toEqual([subs.b.id]);

    // A deleted subscription gets no new deliveries.
    const calls = receiver.calls.filter((c) => c.path === '/a').length;
    expect(
      (await call('POST', `/v1/items/${itemId}/progress-reports`, { key: keys.unit, body: { percent: 60, note: '完成封堵' } })).status,
    ).toBe(200);
    await until('b got the new report', async () => receiver.ok('/b').filter((c) => payloadOf(c).type === 'ProgressReported').length === 2);
    await sleep(500);
    expect(receiver.calls.filter((c) => c.path === '/a').length).toBe(calls);
  });
});
