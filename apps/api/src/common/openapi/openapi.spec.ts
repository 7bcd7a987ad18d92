import { readFileSync } from 'node:fs';
import path from 'node:path';
import { completeDocument } from './openapi-document';
import { generateOpenApiDocument } from './generate';

const committedPath = path.resolve(__dirname, '../../../../../openapi.json');

/** The /v1 operations anyone may call: signing in (with a password or at the OIDC provider), and an invitation link (its token is the credential). */
const publicV1 = new Set(['getSignInMethods', 'signIn', 'startOidcSignIn', 'finishOidcSignIn', 'getInvitation', 'acceptInvitation']);

describe('the OpenAPI document', () => {
  let generated: string;
  beforeAll(async () => {
    generated = await generateOpenApiDocument();
  }, 30_000);

  it('is committed as generated (run `make openapi` when this fails)', () => {
    let committed: string;
    try {
      committed = readFileSync(committedPath, 'utf8');
    } catch {
      throw new Error('openapi.json is missing at the repository root: run make openapi');
    }
    if (committed !== generated) throw new Error('openapi.json differs from the generated document: run make openapi');
  });

  it('is OpenAPI 3.1 with bearer security and a problem for every error', () => {
    const doc = JSON.parse(generated);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.Problem.required).toEqual(['type', 'title', 'status']);
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
    for (const [route, item] of Object.entries<any>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        expect(`${method} ${route} 400:${!!operation.responses['400']} 429:${!!operation.responses['429']}`).toBe(
          `${method} ${route} 400:true 429:true`,
        );
        if (route.startsWith('/v1/') && !publicV1.has(operation.operationId)) {
          expect(`${method} ${route} ${JSON.stringify(operation.security)}`).not.toBe(`${method} ${route} []`);
          expect(operation.responses['401']).toBeDefined();
        }
      }
    }
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.paths['/metrics'].get.security).toEqual([]);
    for (const [route, method] of [
      ['/v1/session/methods', 'get'],
      ['/v1/session', 'post'],
      ['/v1/invitations/{token}', 'get'],
      ['/v1/invitations/{token}/acceptance', 'post'],
      ['/v1/session/oidc', 'get'],
      ['/v1/session/oidc/callback', 'get'],
    ])
      expect(doc.paths[route][method].security).toEqual([]);
    // Keys and people take the same path: every secured operation takes either, but those about the session itself.
    expect(doc.paths['/v1/items'].get.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(doc.paths['/v1/session'].get.security).toEqual([{ session: [] }]);
    expect(doc.paths['/v1/session'].post.responses['401']).toEqual({ $ref: '#/components/responses/Problem401' });
  });

  it('names every operation explicitly (a meaningful, unique operationId and a summary)', () => {
    const doc = JSON.parse(generated);
    const operations = Object.values<any>(doc.paths).flatMap((item) => Object.values<any>(item));
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]); // none of Nest's `Controller_method`
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter((operation) => !operation.summary).map((operation) => operation.operationId)).toEqual([]);
  });

  it('states a schema for every successful response with a body', () => {
    const doc = JSON.parse(generated);
    const missing: string[] = [];
    for (const [route, item] of Object.entries<any>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          if (!status.startsWith('2') || status === '204') continue;
          const contents = Object.entries<any>(response.content ?? {});
          if (contents.length === 0 || contents.some(([, c]) => !c.schema)) missing.push(`${method} ${route} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('publishes the item view once, with its enums, for the item reads, lists and commands', () => {
    const doc = JSON.parse(generated);
    const view = doc.components.schemas.ItemView;
    expect(view.properties.status.enum).toEqual([
      'assigned',
      'in_progress',
      'in_public_notice',
      'awaiting_verification',
      'closed',
      'consolidated',
    ]);
    expect(view.properties.light.enum).toEqual(['green', 'yellow', 'red']);
    expect(view.required).toHaveLength(Object.keys(view.properties).length);
    const schemaOf = (route: string, method: string, status: string) =>
      doc.paths[route][method].responses[status].content['application/json'].schema;
    expect(schemaOf('/v1/items/{id}', 'get', '200')).toEqual({ $ref: '#/components/schemas/ItemView' });
    expect(schemaOf('/v1/items', 'post', '201')).toEqual({ $ref: '#/components/schemas/ItemView' });
    expect(schemaOf('/v1/items/{id}/acknowledgement', 'post', '200')).toEqual({ $ref: '#/components/schemas/ItemView' });
    expect(doc.components.schemas.ItemPage.properties.items.items).toEqual({ $ref: '#/components/schemas/ItemView' });
  });

  it('links operations that exist, with parameters they take', () => {
    const doc = JSON.parse(generated);
    const operations = new Map<string, any>();
    for (const item of Object.values<any>(doc.paths))
      for (const operation of Object.values<any>(item)) operations.set(operation.operationId, operation);
    const wrong: string[] = [];
    let count = 0;
    for (const source of operations.values()) {
      for (const response of Object.values<any>(source.responses)) {
        for (const [name, link] of Object.entries<any>(response.links ?? {})) {
          count++;
          const target = operations.get(link.operationId);
          if (!target) wrong.push(`${source.operationId} ${name}: no operation ${link.operationId}`);
          for (const parameter of Object.keys(link.parameters ?? {})) {
            if (!target?.parameters?.some((p: any) => p.name === parameter))
              wrong.push(`${source.operationId} ${name}: ${link.operationId} has no parameter ${parameter}`);
          }
          const body = target?.requestBody?.content?.['application/json']?.schema?.$ref?.split('/').pop();
          for (const field of Object.keys(link.requestBody ?? {})) {
            if (!doc.components.schemas[body]?.properties?.[field])
              wrong.push(`${source.operationId} ${name}: ${link.operationId}'s body has no ${field}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(count).toBeGreaterThan(20);
  });

  it('turns nullable into type arrays and boolean exclusive bounds into numbers', () => {
    const doc = completeDocument(
      {
        openapi: '3.0.0',
        info: { title: 't', version: '1' },
        paths: {},
        components: {
          schemas: {
            A: {
              type: 'object',
              properties: {
                s: { type: 'string', nullable: true },
                r: { $ref: '#/components/schemas/B', nullable: true },
                n: { type: 'number', minimum: 0, exclusiveMinimum: true } as never,
              },
            },
          },
        },
      },
      new Set(),
    ) as any;
    expect(doc.components.schemas.A.properties).toEqual({
      s: { type: ['string', 'null'] },
      r: { anyOf: [{ $ref: '#/components/schemas/B' }, { type: 'null' }] },
      n: { type: 'number', exclusiveMinimum: 0 },
    });
  });
});
