import { generateOpenApiDocument } from '@closeloop/api';
import { randomUUID } from 'node:crypto';
import { sendUntyped } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

const MB = 1024 * 1024;

/** What the tests read of the generated document. */
type Paths = Record<
  string,
  Record<string, { requestBody?: { content: Record<string, unknown> }; parameters?: { in: string; name: string }[] }>
>;

/**
 * Unrestricted resource consumption (OWASP API4): JSON bodies over 1 MB and spreadsheets over 10 MB are 413
 * `/problems/payload-too-large`; a list's `limit` outside 1–500 or not an integer is a 400 on every list.
 */
describe('limits: oversized bodies and page sizes', () => {
  let stack: RunningStack;
  let paths: Paths;
  let attacks = 0;
  /** Every request here is what the typed client will not send: oversized bodies, raw uploads, metacharacters in the query. */
  const send = (method: string, path: string, body?: string | Uint8Array | FormData, contentType?: string) =>
    sendUntyped(stack.baseUrl, method, path, { key: stack.adminKey, body, contentType });

  beforeAll(async () => {
    stack = await startStack();
    paths = JSON.parse(await generateOpenApiDocument()).paths;
    const admin = stack.client(stack.adminKey);
    expect((await admin.POST('/v1/units', { body: { id: 'lim', name: '单位', kind: 'plan_owner' } })).response.status).toBe(201);
    const plan = { id: 'LIM', title: '方案', sourceInspection: '督察', ownerUnitId: 'lim' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
  });
  afterAll(async () => {
    console.log(`limits: ${attacks} oversized or out-of-range requests`);
    await stack?.stop();
  });

  const jsonOperations = () =>
    Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => Object.keys(op.requestBody?.content ?? {}).join() === 'application/json')
        .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, randomUUID()) })),
    );

  it('answers 413 to a JSON body over 1 MB on every operation that takes JSON, before anything else', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(MB + 10) });
    const wrong: string[] = [];
    for (const { method, path } of jsonOperations()) {
      attacks++;
      const r = await send(method, path, big);
      if (r.status !== 413 || r.body.type !== '/problems/payload-too-large') wrong.push(`${method} ${path}: ${r.status} ${r.body?.type}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 413 to a spreadsheet over 10 MB on the import, as a raw CSV body and as a multipart file', async () => {
    const csv = Buffer.alloc(10 * MB + 1024, 'a');
    const raw = await send('POST', '/v1/plans/LIM/items:import?dryRun=true', csv, 'text/csv');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'big.csv');
    const multipart = await send('POST', '/v1/plans/LIM/items:import?dryRun=true', form);
    attacks += 2;
    expect([raw.status, raw.body.type]).toEqual([413, '/problems/payload-too-large']);
    expect([multipart.status, multipart.body.type]).toEqual([413, '/problems/payload-too-large']);
  });

  it('answers 400 to a limit out of 1–500 or not an integer on every list', async () => {
    const lists = Object.entries(paths)
      .filter(([, item]) => item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'limit'))
      .map(([path]) => path);
    expect(lists.length).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const template of lists) {
      const path = template.replace(/\{[^}]+\}/g, randomUUID());
      for (const limit of ['0', '501', '-1', '1e9', '1000000000', 'abc', '1.5', '', '0x10', '%00', '9'.repeat(400), '1&limit=2']) {
        attacks++;
        const r = await send('GET', `${path}?limit=${limit}`);
        // A list under an id that does not exist may answer 404 first: never a page, never a 5xx.
        const ok = r.status === 400 ? r.body.type === '/problems/validation' : r.status === 404 && template.includes('{');
        if (!ok) wrong.push(`${template}?limit=${limit.slice(0, 20)}: ${r.status} ${r.body?.type}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
