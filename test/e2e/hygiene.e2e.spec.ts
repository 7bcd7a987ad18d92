import { generateOpenApiDocument } from '@closeloop/api';
import { sendUntyped } from '../support/api';
import { ItemLife, fullLife, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

const LIMIT = 60;

/** Operational hygiene: rate limits, body and page limits, JSON request logs without secrets, Prometheus metrics. */
describe('API hygiene: limits, logs and metrics', () => {
  let stack: RunningStack;
  let life: ItemLife;
  const lines: string[] = [];
  const keys: string[] = [];
  const keyFor = async (...args: Parameters<RunningStack['keyFor']>) => {
    const key = await stack.keyFor(...args);
    keys.push(key);
    return key;
  };

  beforeAll(async () => {
    stack = await startStack({ app: { rateLimitPerMinute: LIMIT, logger: ['log', 'warn', 'error'], logSink: (line) => lines.push(line) } });
    keys.push(stack.adminKey);
    life = new ItemLife(stack, 'HYG-2026', '1');
    await life.setUp();
    keys.push(life.keys.unit, life.keys.supervisor);
    await runStep(life, fullLife[0], []);
  });
  afterAll(() => stack?.stop());

  it('answers 429 with Retry-After once a key spends its budget, and limits only that key', async () => {
    const spender = stack.client(await keyFor('admin'));
    const oneUnit = () => spender.GET('/v1/units', { params: { query: { limit: 1 } } });
    // The bucket refills while we spend it (LIMIT a minute): on a slow machine a few more than LIMIT get through.
    const started = Date.now();
    let allowed = 0;
    let over = await oneUnit();
    while (over.response.status === 200 && allowed <= 2 * LIMIT) {
      allowed++;
      over = await oneUnit();
    }
    const refilled = Math.ceil(((Date.now() - started) / 60_000) * LIMIT);
    expect(over.response.status).toBe(429);
    expect(allowed).toBeGreaterThanOrEqual(LIMIT);
    expect(allowed).toBeLessThanOrEqual(LIMIT + refilled);
    expect(over.response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(over.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(over.error).toMatchObject({ type: '/problems/too-many-requests', status: 429, title: 'Too many requests' });
    expect(over.response.headers.get('x-request-id')).toBeTruthy();
    expect((await stack.client(await keyFor('admin')).GET('/v1/units')).response.status).toBe(200);
    expect((await stack.client().GET('/healthz')).response.status).toBe(200);
  });

  it('refuses a JSON body over 1 MB with a 413 problem', async () => {
    const admin = stack.client(await keyFor('admin'));
    const big = await admin.POST('/v1/units', { body: { id: 'big', name: 'x'.repeat(1_100_000), kind: 'department' } });
    expect(big.response.status).toBe(413);
    expect(big.error).toMatchObject({ status: 413, type: '/problems/payload-too-large' });
  });

  it('rejects limit > 500 with 400 on every list the OpenAPI document names', async () => {
    const key = await keyFor('admin');
    const doc = JSON.parse(await generateOpenApiDocument());
    const lists = Object.entries<any>(doc.paths)
      .filter(([, item]) => item.get?.parameters?.some((p: any) => p.in === 'query' && p.name === 'limit'))
      .map(([path]) => path.replace(/\{[^}]+\}/g, life.itemId));
    expect(lists).toEqual(expect.arrayContaining(['/v1/units', '/v1/items', '/v1/inbox']));
    // The paths are read from the document at run time: the typed client takes only paths it knows at compile time.
    for (const path of lists) {
      const over = await sendUntyped(stack.baseUrl, 'GET', `${path}?limit=501`, { key });
      expect(`${path} ${over.status} ${over.body?.type}`).toBe(`${path} 400 /problems/validation`);
      const fine = await sendUntyped(stack.baseUrl, 'GET', `${path}?limit=500`, { key });
      expect(`${path} ${fine.status}`).not.toMatch(/ (400|5\d\d)$/);
    }
  });

  it('logs one JSON line per request, with no key, no Authorization value and no query string', async () => {
    const key = await keyFor('admin');
    // An unknown query parameter is a 400; its value must stay out of the log all the same.
    // `token` is no query parameter of the units list (openapi-fetch does not check a query for unknown names).
    await stack
      .client(key)
      .GET('/v1/units', { params: { query: { limit: 2, token: 'cl_should_not_leak' } }, headers: { 'x-request-id': 'hygiene-log-1' } });
    await stack.client('cl_unknown_key_value').GET('/v1/units', { headers: { 'x-request-id': 'hygiene-log-2' } });
    await new Promise((r) => setTimeout(r, 50));
    const entries = lines.map((line) => JSON.parse(line));
    const logged = entries.find((e) => e.requestId === 'hygiene-log-1');
    expect(logged).toMatchObject({
      level: 'log',
      msg: 'request',
      method: 'GET',
      path: '/v1/units',
      status: 400,
      principalId: expect.any(String),
    });
    expect(typeof logged.durationMs).toBe('number');
    expect(entries.find((e) => e.requestId === 'hygiene-log-2')).toMatchObject({ status: 401, principalId: null });
    expect(entries.some((e) => e.context === 'RoutesResolver' || e.context === 'NestApplication')).toBe(true);
    // An invitation link's token is a credential too: the path is logged without it, and no session cookie is.
    const invited = await stack
      .client(key)
      .POST('/v1/people', { body: { name: '日志', login: 'hygiene-log', role: 'unit', unitIds: ['hhht-water'] } });
    const token = invited.data!.invitation.token;
    await stack.client().GET('/v1/invitations/{token}', { params: { path: { token } }, headers: { 'x-request-id': 'hygiene-log-3' } });
    const accepted = await stack
      .client()
      .POST('/v1/invitations/{token}/acceptance', { params: { path: { token } }, body: { password: 'a password of the log' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.map((line) => JSON.parse(line)).find((e) => e.requestId === 'hygiene-log-3')).toMatchObject({
      path: '/v1/invitations/[redacted]',
      status: 200,
    });
    const all = lines.join('\n');
    expect(all).not.toContain('cl_');
    expect(all).not.toMatch(/bearer/i);
    for (const secret of keys) expect(all).not.toContain(secret);
    for (const secret of [token, accepted.data!.csrfToken, 'a password of the log']) expect(all).not.toContain(secret);
  });

  it('exposes Prometheus metrics: request durations by route, commands by outcome, workflows and deliveries', async () => {
    const refused = await life.as.unit.POST('/v1/items/{id}/progress-reports', { ...life.on(), body: { percent: 10 } });
    expect(refused.response.status).toBe(409);
    const { response, data: text } = await stack.client().GET('/metrics', { parseAs: 'text' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/v1\/units",status="200"\}/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/v1\/items\/:id",status="200"\} \d+/);
    expect(text).toContain('closeloop_commands_total{command="FileItem",outcome="accepted"} 1');
    expect(text).toContain('closeloop_commands_total{command="ReportProgress",outcome="refused:conflict"} 1');
    expect(text).toContain('closeloop_workflows_started_total 1');
    expect(text).toMatch(/closeloop_notification_deliveries\{status="pending"\} \d+/);
    expect(text).toMatch(/closeloop_notification_deliveries\{status="failed"\} \d+/);
  });
});
