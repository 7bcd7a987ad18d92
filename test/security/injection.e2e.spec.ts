import { type ApiClient, sendUntyped } from '../support/api';
import { ItemLife, fullLife, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';

/**
 * SQL and path metacharacters in ids and filters (OWASP API8, security misconfiguration; CWE-89, CWE-22): every
 * attack is a 400 or a 404 problem — never a 5xx, never a record the value does not name.
 */
const payloads: string[] = [
  "' OR 1=1--",
  "' OR '1'='1",
  '" OR ""="',
  '1; DROP TABLE items;--',
  "x' UNION SELECT key_hash FROM principals--",
  '%27',
  '%27%20OR%201%3D1--',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '%252e%252e%252f',
  '..',
  '%00',
  'a%00b',
  '%',
  '_',
  '*',
  '\\',
  '%5C',
  'a'.repeat(4000),
  '整改%27--',
  '%E2%80%AE',
  '%F0%9F%92%A5',
  '%C0%AE%C0%AE%2F',
  '$where',
  '{"$ne":null}',
];
const encode = (payload: string) =>
  /%[0-9A-Fa-f]{2}/.test(payload) || payload === '%' ? payload.replace(/%(?![0-9A-Fa-f]{2})/g, '%25') : encodeURIComponent(payload);

describe('injection: metacharacters in ids and filters', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let admin: ApiClient;
  let attacks = 0;
  const outcomes = new Map<number, number>();

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    life = new ItemLife(stack, 'INJ-2026', '1');
    await life.setUp();
    await runStep(life, fullLife[0], []);
  });
  afterAll(async () => {
    console.log(`injection: ${attacks} attacks; statuses ${[...outcomes].map(([s, n]) => `${s}×${n}`).join(', ')}`);
    await stack?.stop();
  });

  const count = (status: number) => {
    attacks++;
    outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
  };
  /** Metacharacters in the path and the query, encoded by hand (the typed client would encode them once more): plain fetch. */
  const attack = async (method: string, path: string, body?: unknown) => {
    const r = await sendUntyped(stack.baseUrl, method, path, {
      key: stack.adminKey,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    count(r.status);
    const text = typeof r.body === 'string' ? r.body : (JSON.stringify(r.body) ?? '');
    return { status: r.status, type: r.headers.get('content-type') ?? '', body: r.body, text };
  };

  const idRoutes: Array<[string, (id: string) => string, unknown?]> = [
    ['GET', (id) => `/v1/items/${id}`],
    ['GET', (id) => `/v1/items/${id}/events`],
    ['POST', (id) => `/v1/items/${id}/progress-reports`, { percent: 10 }],
    ['GET', (id) => `/v1/plans/${id}`],
    ['GET', (id) => `/v1/plans/${id}/ledger`],
    ['GET', (id) => `/v1/principals/${id}`],
    ['GET', (id) => `/v1/webhooks/${id}`],
    ['GET', (id) => `/v1/webhooks/${id}/deliveries`],
    ['POST', (id) => `/v1/inbox/${id}/read`],
    ['GET', (id) => `/v1/calendar/${id}`],
  ];

  it('answers a 400 or 404 problem to every id attack, and never the item', async () => {
    const wrong: string[] = [];
    for (const [method, route, body] of idRoutes) {
      for (const payload of payloads) {
        const path = route(encode(payload));
        const r = await attack(method, path, body);
        const refused = [400, 404].includes(r.status) && r.type.startsWith('application/problem+json');
        if (!refused || r.text.includes(life.itemId)) wrong.push(`${method} ${path.slice(0, 80)}: ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers every filter attack with a 400 problem or an empty page, never another record', async () => {
    const wrong: string[] = [];
    const filters = [
      '/v1/items?plan=',
      '/v1/items?unit=',
      '/v1/items?status=',
      '/v1/items?light=',
      '/v1/items?dueBefore=',
      '/v1/items?overdue=',
      '/v1/items?cursor=',
      '/v1/units?cursor=',
      '/v1/principals?cursor=',
      '/v1/inbox?unread=',
      '/v1/reports/dispatch?week=',
      '/v1/reports/bulletin?month=',
    ];
    for (const filter of filters) {
      for (const payload of payloads) {
        const path = `${filter}${encode(payload)}`;
        const r = await attack('GET', path);
        // A cursor of the right shape is a position in the list (docs/api-conventions.md): a page of what the caller may see.
        const empty = r.status === 200 && (filter.endsWith('cursor=') || r.body?.items?.length === 0);
        const refused = (r.status === 400 || r.status === 422) && r.type.startsWith('application/problem+json');
        if (!(empty || refused) || r.text.includes(life.itemId)) wrong.push(`${path.slice(0, 80)}: ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps metacharacters in body fields as text: filed as given, read back the same, nothing else touched', async () => {
    const wrong: string[] = [];
    for (const [i, payload] of payloads.slice(0, 6).entries()) {
      const r = await admin.POST('/v1/items', {
        body: {
          planCode: 'INJ-2026',
          code: `I${i}`,
          title: payload,
          finding: payload,
          target: payload,
          deadline: endOfMonthAhead(7),
          responsibleUnitId: 'hhht-water',
          supervisingUnitId: 'hhht-eco',
        },
      });
      count(r.response.status);
      const filed = r.response.status === 201 ? r.data : undefined;
      if (!filed || filed.title !== payload)
        wrong.push(`title ${payload}: ${r.response.status} ${JSON.stringify(r.data ?? r.error).slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    const list = await admin.GET('/v1/items', { params: { query: { plan: 'INJ-2026', limit: 500 } } });
    expect(list.data!.items).toHaveLength(7);
  });
});
