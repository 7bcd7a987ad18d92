import type { NextFunction, Request, Response } from 'express';
import { problemOf } from '../problem/problem';
import { sendProblem } from '../problem/send-problem';

/** The first path (`a.b.0`) to a string holding U+0000, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(body)' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key].join('.');
    const found = nulPath(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Where a request's URL holds U+0000 (`%00`): `(path)`, or the query parameter's name. */
function nulInUrl(request: Request): string | undefined {
  const url = request.originalUrl;
  if (!/%00/.test(url)) return undefined;
  const [path, query = ''] = url.split('?', 2);
  if (/%00/.test(path)) return '(path)';
  for (const [name, value] of new URLSearchParams(query))
    if (name.includes('\u0000') || value.includes('\u0000')) return name.replace(/\u0000/g, '\\0');
  return '(query)';
}

/**
 * 400 for a NUL character in a JSON body's string, a path segment or a query parameter (instead of a 500 from
 * the database, which cannot compare or store it).
 */
export function rejectNulBytes(request: Request, response: Response, next: NextFunction): void {
  const field = nulInUrl(request) ?? nulPath(request.body);
  if (!field) return next();
  sendProblem(
    request,
    response,
    problemOf('validation', `${field}: must not contain NUL characters`, [{ field, message: 'must not contain NUL characters' }]),
  );
}
