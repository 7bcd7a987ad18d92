import type { NextFunction, Request, Response } from 'express';
import { problemOf } from '../problem/problem';
import { sendProblem } from '../problem/send-problem';

const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface Route {
  pattern: RegExp;
  allow: string[];
}

/** The route table from the OpenAPI document's paths: `/v1/items/{id}` → its methods (HEAD wherever GET is). */
export function routeTable(paths: object): Route[] {
  return Object.entries(paths as Record<string, object>).map(([path, item]) => {
    const methods = Object.keys(item).filter((m) => httpMethods.includes(m)).map((m) => m.toUpperCase());
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    return { pattern: pathPattern(path), allow: methods };
  });
}

/** `/v1/items/{id}` → a regex matching its request paths (a parameter is one segment). */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}

/**
 * 405 `application/problem+json` with `Allow` for a known path asked with a method it does not serve
 * (Express alone answers those 404, as for an unknown path).
 */
export function methodNotAllowed(paths: object) {
  const routes = routeTable(paths);
  return (request: Request, response: Response, next: NextFunction): void => {
    const path = request.path;
    const method = request.method.toUpperCase();
    const matching = routes.filter((route) => route.pattern.test(path));
    if (matching.length === 0 || matching.some((route) => route.allow.includes(method))) return next();
    const allow = [...new Set(matching.flatMap((route) => route.allow))].join(', ');
    response.setHeader('Allow', allow);
    sendProblem(request, response, problemOf('method-not-allowed', `${method} is not served here; allowed: ${allow}`));
  };
}
