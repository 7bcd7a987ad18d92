import { generateOpenApiDocument } from '@closeloop/api';
import { randomUUID } from 'node:crypto';
import { apiClient } from '../support/http';
import { ItemLife, fullLife, runStep } from '../support/item-life';
import { type Exchange, OpenApiConformance, recordExchanges } from '../support/openapi-conformance';
import { type RunningStack, startStack } from '../support/running-stack';

/** A dev receiver on the allow-list (CLOSELOOP_OUTBOUND_ALLOW): the server takes http for it. */
const DEV_RECEIVER = '127.0.0.1:9';

/**
 * The OpenAPI document against real traffic: the flows below (an item's whole life, a long-term item, the
 * organisation, keys, webhooks, channels, calendar, reports, the ledger) are recorded; every request the API
 * accepted must be valid against the document, every JSON response against its status's schema.
 */
describe('the OpenAPI document states what the API really accepts and answers', () => {
  let stack: RunningStack;
  let doc: any;
  const exchanges: Exchange[] = [];
  let stopRecording = () => {};

  beforeAll(async () => {
    stack = await startStack({ outboundAllow: [DEV_RECEIVER] });
    doc = JSON.parse(await generateOpenApiDocument());
    stopRecording = recordExchanges(stack.baseUrl, exchanges);
    const call = apiClient(stack.baseUrl);
    const admin = stack.adminKey;

    // An item's whole life: every item command, timers included.
    const life = new ItemLife(stack, 'CONF-2026', '1');
    await life.setUp();
    let events: any[] = [];
    for (const step of fullLife) events = await runStep(life, step, events);

    // A long-term item: no deadline.
    const longTerm = await call('POST', '/v1/items', {
      key: admin,
      body: {
        planCode: 'CONF-2026',
        code: 'LT-1',
        title: '长效机制',
        finding: '问题',
        target: '长效',
        kind: 'long_term',
        responsibleUnitId: 'hhht-water',
        supervisingUnitId: 'hhht-eco',
      },
    });
    expect(longTerm.status).toBe(201);
    await call('GET', `/v1/items/${longTerm.body.id}`, { key: admin });
    await call('GET', '/v1/items?limit=500', { key: admin });
    await call('GET', `/v1/items?plan=CONF-2026&unit=hhht-water&status=closed&light=green&overdue=false&limit=2`, { key: admin });
    await call('GET', `/v1/items/${life.itemId}/events`, { key: admin });
    await call('GET', '/v1/plans/CONF-2026', { key: admin });
    await call('GET', '/v1/plans/CONF-2026/ledger', { key: admin, headers: { accept: 'application/json' } });

    // Organisation and keys.
    await call('GET', '/v1/units?limit=2', { key: admin });
    const principal = await call('POST', '/v1/principals', { key: admin, body: { name: '集成方', role: 'integrator', unitIds: ['hhht'] } });
    await call('GET', '/v1/principals', { key: admin });
    await call('GET', `/v1/principals/${principal.body.id}`, { key: admin });
    await call('POST', `/v1/principals/${principal.body.id}/key`, { key: admin });
    const integrator = (await call('POST', `/v1/principals/${principal.body.id}/key`, { key: admin })).body.key;

    // Webhooks: a public https URL with a query, and an allow-listed http dev receiver.
    for (const url of ['https://hooks.example.gov.cn/closeloop/events?token=a1b2&v=2', `http://${DEV_RECEIVER}/hook`]) {
      const created = await call('POST', '/v1/webhooks', { key: integrator, body: { url, eventTypes: ['*'] } });
      expect({ url, status: created.status }).toEqual({ url, status: 201 });
      await call('GET', `/v1/webhooks/${created.body.id}`, { key: integrator });
      await call('GET', `/v1/webhooks/${created.body.id}/deliveries`, { key: integrator });
    }
    await call('GET', '/v1/webhooks', { key: integrator });

    // Channels: the DingTalk robot address as DingTalk gives it (with its access token), and a dev receiver.
    const channels = await call('PUT', '/v1/me/channels', {
      key: life.keys.unit,
      body: {
        channels: [
          { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef', secret: 'SEC0123' },
          { channel: 'webhook', address: `http://${DEV_RECEIVER}/robot` },
          { channel: 'email', address: 'water@hhht.gov.cn' },
        ],
      },
    });
    expect(channels.status).toBe(200);
    await call('GET', '/v1/me/channels', { key: life.keys.unit });

    // Inbox, calendar, reports (2020 has an ISO week 53; both periods are long over).
    const inbox = await call('GET', '/v1/inbox', { key: life.keys.unit });
    if (inbox.body.items[0]) await call('POST', `/v1/inbox/${inbox.body.items[0].id}/read`, { key: life.keys.unit });
    await call('GET', '/v1/calendar/2026', { key: admin });
    await call('PUT', '/v1/calendar/2099', { key: admin, body: { holidays: [{ date: '2099-10-01', name: '国庆节' }], workdays: [] } });
    for (const path of ['/v1/reports/dispatch?week=2020-W53', '/v1/reports/dispatch?week=1999-W52', '/v1/reports/bulletin?month=2020-12']) {
      const report = await call('GET', path, { key: admin });
      expect({ path, status: report.status }).toEqual({ path, status: 200 });
    }
    await call('GET', '/healthz');
    await call('GET', '/readyz');
    await call('DELETE', `/v1/principals/${principal.body.id}`, { key: admin });
    await call('GET', `/v1/items/${randomUUID()}`, { key: admin });
  }, 180_000);

  afterAll(async () => {
    stopRecording();
    await stack?.stop();
  });

  it('recorded the flows', () => {
    expect(exchanges.length).toBeGreaterThan(60);
  });

  it('accepts only requests the document allows and answers only what it declares', () => {
    const conformance = new OpenApiConformance(doc);
    const wrong = exchanges.flatMap((exchange) => conformance.check(exchange));
    expect([...new Set(wrong)]).toEqual([]);
  });
});
