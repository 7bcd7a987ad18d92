import { createApp, generateOpenApiDocument } from '@closeloop/api';
import { createDb } from '@closeloop/db';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ApiClient, clientFor, sendUntyped } from '../support/api';
import { ItemLife, fullLife, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

const LIMIT = 200;

/** What the tests read of the generated document. */
interface Doc {
  components: { responses: Record<string, { content: Record<string, { example: { status: number; type: string; title: string } }> }> };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
}

/** A live answer: its status, headers and problem body. */
interface Live {
  status: number;
  headers: Headers;
  body?: { type?: string; title?: string; status?: number };
}

/** A generated client's answer as a live one (its problem body, if any). */
const live = async (answer: Promise<{ response: Response; error?: Live['body'] }>): Promise<Live> => {
  const { response, error } = await answer;
  return { status: response.status, headers: response.headers, body: error };
};

/**
 * Every error response the OpenAPI document declares (`components.responses.Problem<status>`) made to happen for
 * real: the live body's type, status and title are the document's example for that status.
 */
describe('documented errors happen as documented', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let admin: ApiClient;
  let doc: Doc;
  const unit = () => ({ id: `doc-${randomUUID().slice(0, 8)}`, name: '单位', kind: 'department' as const, parentId: 'hhht' });
  /** A body in a media type the operation does not take (or broken JSON): only plain fetch sends that. */
  const raw = (method: string, path: string, body: string, contentType: string) =>
    sendUntyped(stack.baseUrl, method, path, { key: stack.adminKey, body, contentType });

  /** How to make each documented status happen. */
  const provoke: Record<string, () => Promise<Live>> = {
    400: () => live(admin.GET('/v1/units', { params: { query: { limit: 501 } } })),
    401: () => live(stack.client().GET('/v1/units')),
    403: () => live(life.as.unit.POST('/v1/units', { body: unit() })),
    404: () => live(admin.GET('/v1/items/{id}', { params: { path: { id: randomUUID() } } })),
    409: async () => {
      const body = unit();
      await admin.POST('/v1/units', { body });
      return live(admin.POST('/v1/units', { body }));
    },
    412: () =>
      live(
        life.as.unit.POST('/v1/items/{id}/progress-reports', {
          params: { path: { id: life.itemId } },
          body: { percent: 5 },
          headers: { 'if-match': '"999"' },
        }),
      ),
    413: () => live(admin.POST('/v1/units', { body: { ...unit(), name: 'x'.repeat(1_100_000) } })),
    415: () => raw('POST', '/v1/units', JSON.stringify(unit()), 'text/plain'),
    422: () => live(admin.POST('/v1/units', { body: { ...unit(), parentId: 'no-such-unit' } })),
    429: async () => {
      const spender = stack.client(await stack.keyFor('admin'));
      let last: Live;
      do last = await live(spender.GET('/v1/units', { params: { query: { limit: 1 } } }));
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
        return await live(clientFor(`http://127.0.0.1:${port}`).GET('/readyz'));
      } finally {
        await app.close();
        await dead.destroy();
      }
    },
  };

  beforeAll(async () => {
    stack = await startStack({ app: { rateLimitPerMinute: LIMIT } });
    admin = stack.client(stack.adminKey);
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
    const answer = await provoke[status]();
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const { type, title, status: bodyStatus } = answer.body!;
    expect({ status: answer.status, type, title, bodyStatus }).toEqual({
      status: example.status,
      type: example.type,
      title: example.title,
      bodyStatus: example.status,
    });
  });

  it('names malformed JSON a validation problem, as the conventions say', async () => {
    const broken = await raw('POST', '/v1/units', '{"id": ', 'application/json');
    expect({ status: broken.status, type: broken.body.type }).toEqual({ status: 400, type: '/problems/validation' });
  });

  it('answers 415 to a text/plain body on every operation that takes JSON only', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const types = Object.keys(operation.requestBody?.content ?? {});
        if (types.length !== 1 || types[0] !== 'application/json') continue;
        tried++;
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        const answer = await raw(method.toUpperCase(), url, '{}', 'text/plain');
        if (answer.status !== 415 || answer.body.type !== '/problems/unsupported-media-type')
          wrong.push(`${method} ${path}: ${answer.status} ${answer.body.type}`);
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
