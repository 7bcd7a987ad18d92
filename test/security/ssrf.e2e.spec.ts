import { findPrincipalByKey } from '@closeloop/api';
import { createWebhookSubscription } from '@closeloop/notifications';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { Receiver, startSmtp } from '../support/notification-peers';
import { type RunningStack, startStack } from '../support/running-stack';
import { until } from '../support/until';
import { endOfMonthAhead } from '../support/test-dates';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SSRF (OWASP API7): the server must not be made to POST to its own network. `internal` plays a service on
 * the server's loopback (never allow-listed); `outside` plays the integrator, allow-listed as tests allow
 * their receivers, and can answer with a redirect into the inside.
 */
describe('SSRF: outbound URLs are https and public, checked when saved and again when delivered', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: ApiClient;
  let integratorClient: ApiClient;
  let unitClient: ApiClient;
  const internal = new Receiver();
  const outside = new Receiver();
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    await internal.start();
    await outside.start();
    smtp = await startSmtp();
    stack = await startStack({ webhooks: true, smtpPort: smtp.port, outboundAllow: [outside.hostPort] });
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water'));
    const plan = { id: 'SSRF', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy: { dueSoonBefore: 'P7D' } };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    keys.integrator = await stack.keyFor('integrator', ['hhht']);
    keys.unit = await stack.keyFor('unit', ['hhht-water']);
    integratorClient = stack.client(keys.integrator);
    unitClient = stack.client(keys.unit);
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
    await internal.close();
    await outside.close();
  });

  // Numeric host spellings fail the DTO's URL format check first (class-validator's isURL) or, when they get past it,
  // the policy (the WHATWG URL parser reads them as 127.0.0.1 / 169.254.169.254): 400 on the url field either way.
  const numeric = (why: string) => new RegExp(`${why}|must be an http\\(s\\) URL`);
  const attacks = (port: number): [string, string | RegExp][] => [
    [`http://127.0.0.1:${port}/hook`, 'must be an https URL'],
    [`https://127.0.0.1:${port}/hook`, 'loopback addresses are not allowed'],
    [`http://localhost:${port}/hook`, 'must be an https URL'],
    [`https://localhost:${port}/hook`, 'loopback addresses are not allowed'],
    ['https://169.254.169.254/latest/meta-data/iam', 'link-local addresses'],
    ['http://169.254.169.254/latest/meta-data/iam', 'must be an https URL'],
    ['https://10.0.0.1:8080/admin', 'addresses in private networks are not allowed'],
    ['https://172.16.0.1/admin', 'addresses in private networks are not allowed'],
    ['https://192.168.1.1/admin', 'addresses in private networks are not allowed'],
    ['https://100.64.0.1/', 'carrier-grade NAT'],
    ['https://0.0.0.0/', 'unspecified'],
    ['https://224.0.0.1/', 'multicast'],
    ['https://255.255.255.255/', 'broadcast'],
    ['https://[::1]/hook', 'loopback addresses are not allowed'],
    ['https://[fd00::1]/hook', 'private networks (IPv6 unique local)'],
    ['https://[fe80::1]/hook', 'link-local'],
    ['https://[::ffff:127.0.0.1]/hook', 'IPv4-mapped'],
    ['https://[::ffff:a9fe:a9fe]/latest/meta-data', 'IPv4-mapped'],
    [`https://2130706433:${port}/hook`, numeric('loopback addresses are not allowed')],
    [`https://0x7f.1:${port}/hook`, numeric('loopback addresses are not allowed')],
    [`https://0177.0.0.1:${port}/hook`, numeric('loopback addresses are not allowed')],
    [`https://127.1:${port}/hook`, numeric('loopback addresses are not allowed')],
    ['https://0xa9fea9fe/latest/meta-data/iam', numeric('link-local addresses')],
    ['ftp://example.org/hook', 'http(s) URL'],
    ['file:///etc/passwd', 'http(s) URL'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'http(s) URL'],
  ];

  it('POST /v1/webhooks answers 400 naming the field and why for internal and non-https URLs, and saves nothing', async () => {
    let refused = 0;
    for (const [url, why] of attacks(internal.port)) {
      const res = await integratorClient.POST('/v1/webhooks', { body: { url, eventTypes: ['*'] } });
      expect({ url, status: res.response.status, type: res.response.headers.get('content-type') }).toEqual({
        url,
        status: 400,
        type: expect.stringMatching(/application\/problem\+json/),
      });
      expect({ url, errors: res.error?.errors }).toEqual({
        url,
        errors: [{ field: 'url', message: typeof why === 'string' ? expect.stringContaining(why) : expect.stringMatching(why) }],
      });
      refused++;
    }
    expect(refused).toBe(26);
    expect((await integratorClient.GET('/v1/webhooks')).data!.items).toEqual([]);
  });

  it('PUT /v1/me/channels answers 400 for such webhook, DingTalk and WeCom addresses', async () => {
    let refused = 0;
    for (const channel of ['webhook', 'dingtalk', 'wecom'] as const) {
      for (const [address, why] of attacks(internal.port)) {
        const res = await unitClient.PUT('/v1/me/channels', {
          body: {
            channels: [
              { channel: 'email', address: 'a@b.cn' },
              { channel, address },
            ],
          },
        });
        expect({ address, status: res.response.status }).toEqual({ address, status: 400 });
        expect({ address, errors: res.error?.errors }).toEqual({
          address,
          errors: [
            { field: 'channels.1.address', message: typeof why === 'string' ? expect.stringContaining(why) : expect.stringMatching(why) },
          ],
        });
        refused++;
      }
    }
    expect(refused).toBe(78);
    expect((await unitClient.GET('/v1/me/channels')).data).toEqual({ channels: [] });
  });

  it('accepts public https names, and an allow-listed receiver over http', async () => {
    const pub = await integratorClient.POST('/v1/webhooks', {
      body: { url: 'https://hooks.example.org/closeloop', eventTypes: ['ItemClosed'] },
    });
    expect(pub.response.status).toBe(201);
    const listed = await integratorClient.POST('/v1/webhooks', { body: { url: outside.url('/ok'), eventTypes: ['ItemFiled'] } });
    expect(listed.response.status).toBe(201);
    const robot = await unitClient.PUT('/v1/me/channels', {
      body: { channels: [{ channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=abc' }] },
    });
    expect(robot.response.status).toBe(200);
    expect((await unitClient.PUT('/v1/me/channels', { body: { channels: [] } })).response.status).toBe(200);
  });

  it('refuses at delivery time: rows saved before the check (or names that resolve inside later) reach nothing, and redirects are failures', async () => {
    // Saved behind the API's back, as rows from before this check would be.
    const integrator = await findPrincipalByKey(stack.database.db, keys.integrator);
    const unit = await findPrincipalByKey(stack.database.db, keys.unit);
    const inside = await createWebhookSubscription(stack.database.db, {
      principalId: integrator!.id,
      url: `https://127.0.0.1:${internal.port}/sub`,
      eventTypes: ['ItemFiled'],
      secret: 'x'.repeat(20),
    });
    const mapped = await createWebhookSubscription(stack.database.db, {
      principalId: integrator!.id,
      url: `https://[::ffff:127.0.0.1]:${internal.port}/mapped`,
      eventTypes: ['ItemFiled'],
      secret: 'x'.repeat(20),
    });
    outside.redirect.set('/moved', internal.url('/after-redirect'));
    const moved = await integratorClient.POST('/v1/webhooks', { body: { url: outside.url('/moved'), eventTypes: ['ItemFiled'] } });
    expect(moved.response.status).toBe(201);
    await stack.database.db
      .insertInto('principal_channels')
      .values([
        { principal_id: unit!.id, channel: 'webhook', address: `https://127.0.0.1:${internal.port}/channel`, secret: 'x' },
        { principal_id: unit!.id, channel: 'wecom', address: `http://localhost:${internal.port}/wecom?key=k`, secret: null },
      ])
      .execute();

    const filed = await admin.POST('/v1/items', {
      body: {
        planCode: 'SSRF',
        code: '1',
        title: '排污口整治',
        finding: '部分入河排污口未完成整治',
        target: '整治完成',
        deadline: endOfMonthAhead(7),
        responsibleUnitId: 'hhht-water',
        supervisingUnitId: 'hhht-eco',
      },
    });
    expect(filed.response.status).toBe(201);

    const lastError = (id: string) =>
      until(`a failed attempt of ${id}`, async () => {
        const row = await stack.database.db
          .selectFrom('webhook_deliveries')
          .select(['attempts', 'last_error', 'status'])
          .where('subscription_id', '=', id)
          .executeTakeFirst();
        return row && row.attempts > 0 ? row : undefined;
      });
    expect((await lastError(inside.id)).last_error).toContain('loopback addresses are not allowed (127.0.0.1)');
    expect((await lastError(mapped.id)).last_error).toContain('IPv4-mapped IPv6 addresses are not allowed');
    const redirected = await lastError(moved.data!.id);
    expect(redirected.last_error).toContain('302');
    expect(redirected.last_error).toContain('redirects are not followed');

    const channelErrors = await until('failed channel deliveries', async () => {
      const rows = await stack.database.db
        .selectFrom('deliveries')
        .select(['channel', 'attempts', 'last_error'])
        .where('channel', 'in', ['webhook', 'wecom'])
        .execute();
      return rows.length === 2 && rows.every((r) => r.attempts > 0) ? rows : undefined;
    });
    const errorOf = (channel: string) => channelErrors.find((r) => r.channel === channel)?.last_error;
    expect(errorOf('webhook')).toContain('loopback addresses are not allowed (127.0.0.1)');
    expect(errorOf('wecom')).toContain('must be an https URL');

    // The allow-listed receiver got its event; the inside was never reached.
    await until('the allow-listed receiver got ItemFiled', async () => outside.ok('/ok').length > 0);
    expect(outside.calls.filter((c) => c.path === '/moved').length).toBeGreaterThan(0);
    await sleep(500);
    expect(internal.calls).toEqual([]);
  });
});
