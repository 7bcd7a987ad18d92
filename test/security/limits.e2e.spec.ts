import { generateOpenApiDocument } from '@closeloop/api';
import { randomUUID } from 'node:crypto';
import { apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';

const MB = 1024 * 1024;

/**
 * Unrestricted resource consumption (OWASP API4): JSON bodies over 1 MB and spreadsheets over 10 MB are 413
 * `/problems/payload-too-large`; a list's `limit` outside 1–500 or not an integer is a 400 on every list.
 */
describe('limits: oversized bodies and page sizes', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;
  let doc: any;
  let attacks = 0;

  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    doc = JSON.parse(await generateOpenApiDocument());
    expect((await call('POST', '/v1/units', { key: stack.adminKey, body: { id: 'lim', name: '单位', kind: 'plan_owner' } })).status).toBe(
      201,
    );
    expect(
      (
        await call('POST', '/v1/plans', {
          key: stack.adminKey,
          body: { id: 'LIM', title: '方案', sourceInspection: '督察', ownerUnitId: 'lim' },
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => {
    console.log(`limits: ${attacks} oversized or out-of-range requests`);
    await stack?.stop();
  });

  const jsonOperations = () =>
    Object.entries<any>(doc.paths).flatMap(([path, item]) =>
      Object.entries<any>(item)
        .filter(([, op]) => Object.keys(op.requestBody?.content ?? {}).join() === 'application/json')
        .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, randomUUID()) })),
    );

  it('answers 413 to a JSON body over 1 MB on every operation that takes JSON, before anything else', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(MB + 10) });
    const wrong: string[] = [];
    for (const { method, path } of jsonOperations()) {
      attacks++;
      const r = await call(method, path, { key: stack.adminKey, rawBody: big });
      if (r.status !== 413 || r.body.type !== '/problems/payload-too-large') wrong.push(`${method} ${path}: ${r.status} ${r.body?.type}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 413 to a spreadsheet over 10 MB on the import, as a raw CSV body and as a multipart file', async () => {
    const csv = Buffer.alloc(10 * MB + 1024, 'a');
    const raw = await fetch(`${stack.baseUrl}/v1/plans/LIM/items:import?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.adminKey}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'big.csv');
    const multipart = await fetch(`${stack.baseUrl}/v1/plans/LIM/items:import?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.adminKey}` },
      body: form,
    });
    attacks += 2;
    expect([raw.status, ((await raw.json()) as any).type]).toEqual([413, '/problems/payload-too-large']);
    expect([multipart.status, ((await multipart.json()) as any).type]).toEqual([413, '/problems/payload-too-large']);
  });

  it('answers 400 to a limit out of 1–500 or not an integer on every list', async () => {
    const lists = Object.entries<any>(doc.paths)
      .filter(([, item]) => item.get?.parameters?.some((p: any) => p.in === 'query' && p.name === 'limit'))
      .map(([path]) => path);
    expect(lists.length).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const template of lists) {
      const path = template.replace(/\{[^}]+\}/g, randomUUID());
      for (const limit of ['0', '501', '-1', '1e9', '1000000000', 'abc', '1.5', '', '0x10', '%00', '9'.repeat(400), '1&limit=2']) {
        attacks++;
        const r = await call('GET', `${path}?limit=${limit}`, { key: stack.adminKey });
        // A list under an id that does not exist may answer 404 first: never a page, never a 5xx.
        const ok = r.status === 400 ? r.body.type === '/problems/validation' : r.status === 404 && template.includes('{');
        if (!ok) wrong.push(`${template}?limit=${limit.slice(0, 20)}: ${r.status} ${r.body?.type}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
