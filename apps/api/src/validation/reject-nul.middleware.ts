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

/** 400 for a JSON body with a NUL character in any string (instead of a 500 from the database). */
export function rejectNulBytes(request: Request, response: Response, next: NextFunction): void {
  const field = nulPath(request.body);
  if (!field) return next();
  sendProblem(request, response, problemOf('validation', `${field}: must not contain NUL characters`, [{ field, message: 'must not contain NUL characters' }]));
}
