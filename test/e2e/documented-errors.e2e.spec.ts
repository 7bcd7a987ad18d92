import { createApp, generateOpenApiDocument } from '@closeloop/api';
import { createDb } from '@closeloop/db';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type HttpResult, apiClient } from '../support/http';
import { ItemLife, fullLife, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

const LIMIT = 200;

/**
 * Every error response the OpenAPI document declares (`components.responses.Problem<status>`) made to happen for
 * real: the live body's type, status and title are the document's example for that status.
 */
describe('documented errors happen as documented', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let call: ReturnType<typeof apiClient>;
  let doc: any;
  const unit = () => ({ id: `doc-${randomUUID().slice(0, 8)}`, name: '单位', kind: 'department', parentId: 'hhht' });
  const raw = (method: string, path: string, body: string, contentType: string, key = stack.adminKey) =>
    fetch(`${stack.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': contentType }, body }).then(
      async (r) => ({
        status: r.status,
        headers: r.headers,
        body: (await r.json()) as any,
      }),
    );

  /** How to make each documented status happen. */
  const provoke: Record<string, () => Promise<HttpResult>> = {
    400: () => call('GET', '/v1/units?limit=501', { key: stack.adminKey }),
    401: () => call('GET', '/v1/units'),
    403: () => call('POST', '/v1/units', { key: life.keys.unit, body: unit() }),
    404: () => call('GET', `/v1/items/${randomUUID()}`, { key: stack.adminKey }),
    409: async () => {
      const body = unit();
      await call('POST', '/v1/units', { key: stack.adminKey, body });
      return call('POST', '/v1/units', { key: stack.adminKey, body });
    },
    412: () =>
      call('POST', `/v1/items/${life.itemId}/progress-reports`, {
        key: life.keys.unit,
        body: { percent: 5 },
        headers: { 'if-match': '"999"' },
      }),
    413: () => call('POST', '/v1/units', { key: stack.adminKey, body: { ...unit(), name: 'x'.repeat(1_100_000) } }),
    415: () => raw('POST', '/v1/units', JSON.stringify(unit()), 'text/plain'),
    422: () => call('POST', '/v1/units', { key: stack.adminKey, body: { ...unit(), parentId: 'no-such-unit' } }),
    429: async () => {
      const spender = await stack.keyFor('admin');
      let last: HttpResult;
      do last = await call('GET', '/v1/units?limit=1', { key: spender });
      while (last.status === 200);
      return last;
    },
    503: async () => {
      const dead = createDb('postgres://closeloop@127.0.0.1:1/none', { max: 1 });
      const app: INestApplication = await createApp(
        { db: dead, temporal: stack.temporal, config: { taskQueue: stack.taskQueue } },
        { logger: false },
      );
      try {
        await app.listen(0, '127.0.0.1');
        const { port } = app.getHttpServer().address() as AddressInfo;
        return await apiClient(`http://127.0.0.1:${port}`)('GET', '/readyz');
      } finally {
        await app.close();
        await dead.destroy();
      }
    },
  };

  beforeAll(async () => {
    stack = await startStack({ app: { rateLimitPerMinute: LIMIT } });
    call = apiClient(stack.baseUrl);
    life = new ItemLife(stack, 'DOC-2026', '1');
    await life.setUp();
    await runStep(life, fullLife[0], []);
    doc = JSON.parse(await generateOpenApiDocument());
  });
  afterAll(() => stack?.stop());

  const documented = () => Object.keys(doc.components.responses).filter((name) => /^Problem\d{3}$/.test(name));

  it('has a way to make every documented error happen', () => {
    expect(
      documented()
        .map((name) => name.slice('Problem'.length))
        .filter((status) => !provoke[status]),
    ).toEqual([]);
  });

  it.each(Object.keys(provoke))('answers %s with the body the document shows', async (status) => {
    const example = doc.components.responses[`Problem${status}`]?.content['application/problem+json'].example;
    expect(example).toBeDefined();
    const live = await provoke[status]();
    expect(live.headers.get('content-type')).toContain('application/problem+json');
    const { type, title } = live.body;
    expect({ status: live.status, type, title, bodyStatus: live.body.status }).toEqual({
      status: example.status,
      type: example.type,
      title: example.title,
      bodyStatus: example.status,
    });
  });

  it('names malformed JSON a validation problem, as the conventions say', async () => {
    const live = await raw('POST', '/v1/units', '{"id": ', 'application/json');
    expect({ status: live.status, type: live.body.type }).toEqual({ status: 400, type: '/problems/validation' });
  });

  it('answers 415 to a text/plain body on every operation that takes JSON only', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const types = Object.keys(operation.requestBody?.content ?? {});
        if (types.length !== 1 || types[0] !== 'application/json') continue;
        tried++;
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        const live = await raw(method.toUpperCase(), url, '{}', 'text/plain');
        if (live.status !== 415 || live.body.type !== '/problems/unsupported-media-type')
          wrong.push(`${method} ${path}: ${live.status} ${live.body.type}`);
      }
    }
    expect(tried).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('still takes the import as multipart, CSV or XLSX and answers 415 to JSON there', async () => {
    const asJson = await raw('POST', '/v1/plans/DOC-2026/items:import?dryRun=true', '{}', 'application/json');
    expect({ status: asJson.status, type: asJson.body.type }).toEqual({ status: 415, type: '/problems/unsupported-media-type' });
    const csv = await raw('POST', '/v1/plans/DOC-2026/items:import?dryRun=true', 'code\n', 'text/csv');
    expect(csv.status).not.toBe(415);
  });
});
