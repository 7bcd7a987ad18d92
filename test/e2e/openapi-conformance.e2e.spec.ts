import { generateOpenApiDocument } from '@closeloop/api';
import { randomUUID } from 'node:crypto';
import { ItemLife, type LoggedEvent, fullLife, runStep } from '../support/item-life';
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
  let doc: Record<string, unknown>;
  const exchanges: Exchange[] = [];
  let stopRecording = () => {};

  beforeAll(async () => {
    stack = await startStack({ outboundAllow: [DEV_RECEIVER] });
    doc = JSON.parse(await generateOpenApiDocument());
    stopRecording = recordExchanges(stack.baseUrl, exchanges);
    // Clients made after recordExchanges: the generated client takes globalThis.fetch when it is made.
    const admin = stack.client(stack.adminKey);

    // An item's whole life: every item command, timers included.
    const life = new ItemLife(stack, 'CONF-2026', '1');
    await life.setUp();
    let events: LoggedEvent[] = [];
    for (const step of fullLife) events = await runStep(life, step, events);

    // A long-term item: no deadline.
    const longTerm = await admin.POST('/v1/items', {
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
    expect(longTerm.response.status).toBe(201);
    await admin.GET('/v1/items/{id}', { params: { path: { id: longTerm.data!.id } } });
    await admin.GET('/v1/items', { params: { query: { limit: 500 } } });
    await admin.GET('/v1/items', {
      params: { query: { plan: 'CONF-2026', unit: 'hhht-water', status: 'closed', light: 'green', overdue: false, limit: 2 } },
    });
    await admin.GET('/v1/items', {
      params: {
        query: {
          awaiting: 'any',
          supervisingUnit: 'hhht-eco',
          responsibleUnit: 'hhht-water',
          escalation: 'none',
          escalationProposed: false,
          q: '整治',
          sort: 'waiting',
          limit: 2,
        },
      },
    });
    await admin.GET('/v1/items/{id}/events', { params: { path: { id: life.itemId } } });
    for (const level of ['summons', 'warning'] as const) {
      await admin.GET('/v1/items/{id}/escalations/preview', { params: { path: { id: longTerm.data!.id }, query: { level } } });
    }
    await admin.GET('/v1/plans/{id}', { params: { path: { id: 'CONF-2026' } } });
    await admin.GET('/v1/plans', { params: { query: { limit: 1 } } });
    await admin.GET('/v1/plans/{id}/cockpit', { params: { path: { id: 'CONF-2026' } } });
    await admin.GET('/v1/plans', { params: { query: { limit: 1 } } });
    await admin.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'CONF-2026' } }, headers: { accept: 'application/json' } });

    // Organisation and keys.
    await admin.GET('/v1/units', { params: { query: { limit: 2 } } });
    const principal = (await admin.POST('/v1/principals', { body: { name: '集成方', role: 'integrator', unitIds: ['hhht'] } })).data!;
    const onPrincipal = { params: { path: { id: principal.id } } };
    await admin.GET('/v1/principals');
    await admin.GET('/v1/principals/{id}', onPrincipal);
    await admin.POST('/v1/principals/{id}/key', onPrincipal);
    const integrator = stack.client((await admin.POST('/v1/principals/{id}/key', onPrincipal)).data!.key);

    // Webhooks: a public https URL with a query, and an allow-listed http dev receiver.
    for (const url of ['https://hooks.example.gov.cn/closeloop/events?token=a1b2&v=2', `http://${DEV_RECEIVER}/hook`]) {
      const created = await integrator.POST('/v1/webhooks', { body: { url, eventTypes: ['*'] } });
      expect({ url, status: created.response.status }).toEqual({ url, status: 201 });
      await integrator.GET('/v1/webhooks/{id}', { params: { path: { id: created.data!.id } } });
      await integrator.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: created.data!.id } } });
    }
    await integrator.GET('/v1/webhooks');

    // Channels: the DingTalk robot address as DingTalk gives it (with its access token), and a dev receiver.
    const channels = await life.as.unit.PUT('/v1/me/channels', {
      body: {
        channels: [
          { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef', secret: 'SEC0123' },
          { channel: 'webhook', address: `http://${DEV_RECEIVER}/robot` },
          { channel: 'email', address: 'water@hhht.gov.cn' },
        ],
      },
    });
    expect(channels.response.status).toBe(200);
    await life.as.unit.GET('/v1/me/channels');

    // Inbox, calendar, reports (2020 has an ISO week 53; both periods are long over).
    const inbox = await life.as.unit.GET('/v1/inbox');
    await life.as.unit.GET('/v1/inbox/unread-counts', { params: { query: { items: `${life.itemId},${randomUUID()}` } } });
    if (inbox.data!.items[0]) await life.as.unit.POST('/v1/inbox/{id}/read', { params: { path: { id: inbox.data!.items[0].id } } });
    await admin.GET('/v1/calendar/{year}', { params: { path: { year: 2026 } } });
    await admin.PUT('/v1/calendar/{year}', {
      params: { path: { year: 2099 } },
      body: { holidays: [{ date: '2099-10-01', name: '国庆节' }], workdays: [] },
    });
    for (const [period, report] of [
      ['week 2020-W53', () => admin.GET('/v1/reports/dispatch', { params: { query: { week: '2020-W53' } } })],
      ['week 1999-W52', () => admin.GET('/v1/reports/dispatch', { params: { query: { week: '1999-W52' } } })],
      ['month 2020-12', () => admin.GET('/v1/reports/bulletin', { params: { query: { month: '2020-12' } } })],
    ] as const) {
      expect({ period, status: (await report()).response.status }).toEqual({ period, status: 200 });
    }
    const anonymous = stack.client();
    await anonymous.GET('/healthz');
    await anonymous.GET('/readyz');
    await admin.DELETE('/v1/principals/{id}', onPrincipal);
    await admin.GET('/v1/items/{id}', { params: { path: { id: randomUUID() } } });
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
