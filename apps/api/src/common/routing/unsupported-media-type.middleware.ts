import type { NextFunction, Request, Response } from 'express';
import { problemOf } from '../problem/problem';
import { sendProblem } from '../problem/send-problem';

const JSON_TYPE = 'application/json';

/** `/v1/items/{id}` → a regex matching its request paths (a parameter is one segment). */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}

interface JsonOperation {
  method: string;
  pattern: RegExp;
}

/** The operations whose only request media type is JSON, from the OpenAPI document's paths. */
export function jsonOperations(paths: object): JsonOperation[] {
  const operations: JsonOperation[] = [];
  for (const [path, item] of Object.entries(paths as Record<string, Record<string, { requestBody?: { content?: object } }>>)) {
    for (const [method, operation] of Object.entries(item)) {
      const types = Object.keys(operation?.requestBody?.content ?? {});
      if (types.length === 1 && types[0] === JSON_TYPE) operations.push({ method: method.toUpperCase(), pattern: pathPattern(path) });
    }
  }
  return operations;
}

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * 415 `/problems/unsupported-media-type` for a body that is not `application/json` sent to an operation that
 * takes JSON only (without it, such a body is never parsed and the operation answers as if none was sent).
 * Operations taking other media types (the import) check their own.
 */
export function unsupportedMediaType(paths: object) {
  const operations = jsonOperations(paths);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!hasBody(request)) return next();
    const method = request.method.toUpperCase();
    if (!operations.some((operation) => operation.method === method && operation.pattern.test(request.path))) return next();
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type === JSON_TYPE) return next();
    sendProblem(request, response, problemOf('unsupported-media-type', `send the body as ${JSON_TYPE}${type ? `, not ${type}` : ''}`));
  };
}
