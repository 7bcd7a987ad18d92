import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { IS_PUBLIC } from '../auth/public.decorator';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { takeExtraProblems } from './extra-problems';
import { applyLinks } from './links';
import { operationIdOf } from './operation-id';
import { problemResponses } from './problem-responses';
import { responseSchemas } from './response-schemas';
import { applyRequestContent } from './request-content';
import { applyValidationRules, queryClassesByOperation } from './validation-schema';

type Json = Record<string, any>;

const problemSchema: Json = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri-reference', description: 'a relative URI `/problems/<slug>`', examples: ['/problems/validation'] },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'the request path' },
    errors: {
      type: 'array',
      description: 'each invalid field (validation problems only)',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const writes = new Set(['post', 'put', 'patch', 'delete']);

/** The OpenAPI 3.1 document: Nest's generated 3.0 document, completed (errors, security) and upgraded. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Closeloop API')
      .setDescription('Rectification items under checklist + responsibility + closure (清单制+责任制+销号制)')
      .setVersion('1')
      // Relative: the API answers at the host that serves this document.
      .addServer('/', 'this host')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (`cl_…`)' }, 'bearer')
      .addCookieAuth(
        SESSION_COOKIE,
        {
          type: 'apiKey',
          in: 'cookie',
          description:
            'a signed-in person’s session (`POST /v1/session`); a POST, PUT, PATCH or DELETE made with it must also send the session’s `csrfToken` in `X-CSRF-Token` (403 `/problems/csrf-refused` otherwise)',
        },
        'session',
      )
      .addSecurityRequirements('bearer')
      .addSecurityRequirements('session')
      .build(),
  );
  return completeDocument(document, publicOperationIds(app), queryClassesByOperation(controllerTypes(app)));
}

function controllerTypes(app: INestApplication): Array<new (...args: never[]) => unknown> {
  const types: Array<new (...args: never[]) => unknown> = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values())
      if (wrapper.metatype) types.push(wrapper.metatype as new (...args: never[]) => unknown);
  }
  return types;
}

/** The operation ids of the @Public() handlers. */
function publicOperationIds(app: INestApplication): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const classPublic = Reflect.getMetadata(IS_PUBLIC, type) === true;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(type.prototype, name)?.value;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true) ids.add(operationIdOf(type, name));
      }
    }
  }
  return ids;
}

export function completeDocument(
  document: OpenAPIObject,
  publicIds: Set<string>,
  queryClasses: Map<string, Array<{ in: 'query' | 'path'; type: abstract new (...args: never[]) => unknown }>> = new Map(),
): OpenAPIObject {
  const doc = structuredClone(document) as Json;
  applyValidationRules(doc, queryClasses);
  doc.openapi = '3.1.0';
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Problem = problemSchema;
  Object.assign(doc.components.schemas, responseSchemas);
  doc.components.responses ??= {};
  Object.assign(doc.components.responses, problemResponses());
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
      applyRequestContent(operation);
      const isPublic = publicIds.has(operation.operationId);
      const codes = [400, 429, ...takeExtraProblems(operation)];
      if (isPublic) operation.security = [];
      else codes.push(401, 403);
      // Every operation that takes a key takes a signed-in person's session as well (one authorization path).
      if (!isPublic && isBearerOnly(operation.security)) operation.security = [{ bearer: [] }, { session: [] }];
      if (path.includes('{') || !isPublic) codes.push(404);
      if (writes.has(method)) codes.push(409, 412, 422);
      // A report asked for a period not over yet is 409 `/problems/period-not-over`; a week 53 of a year of 52, 422.
      else if (path.startsWith('/v1/reports/')) codes.push(409, 422);
      // A preview of a command is refused as the command would be: the item's state conflicts (409).
      else if (path.endsWith('/preview')) codes.push(409);
      if (operation.requestBody) codes.push(413, 415);
      if (path === '/readyz') codes.push(503);
      operation.responses ??= {};
      for (const code of [...new Set(codes)].sort())
        operation.responses[String(code)] ??= { $ref: `#/components/responses/Problem${code}` };
    }
  }
  applyLinks(doc);
  return upgradeSchemas(doc) as OpenAPIObject;
}

const isBearerOnly = (security: unknown): boolean =>
  security === undefined || JSON.stringify(security) === JSON.stringify([{ bearer: [] }]);

/** OpenAPI 3.0 → 3.1 JSON Schema: `nullable` becomes a `null` type, boolean exclusive bounds become numbers. */
function upgradeSchemas(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(upgradeSchemas);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = upgradeSchemas(value);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = [...new Set([...out.type, 'null'])];
    else if (out.$ref || out.allOf || out.oneOf) {
      const { description, ...rest } = out;
      return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] };
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  } else if (out.nullable === false) delete out.nullable;
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[bound] === true && typeof out[limit] === 'number') {
      out[bound] = out[limit];
      delete out[limit];
    } else if (out[bound] === false) delete out[bound];
  }
  return out;
}
