import type { NextFunction, Request, Response } from 'express';
import { problemType } from '../problem/problem';
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
    const source = path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    return { pattern: new RegExp(`^${source}/?$`), allow: methods };
  });
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
    sendProblem(request, response, {
      type: problemType('method-not-allowed'),
      title: 'Method not allowed',
      status: 405,
      detail: `${method} is not served here; allowed: ${allow}`,
    });
  };
}
