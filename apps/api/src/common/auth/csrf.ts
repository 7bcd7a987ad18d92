import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request made with the session cookie that may change something must carry the session's CSRF token in
 * `X-CSRF-Token`: a page on another site can make the browser send the cookie, but cannot read the token.
 */
export function csrfAccepted(request: Request, csrfToken: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const sent = Buffer.from(request.header('x-csrf-token') ?? '', 'utf8');
  const expected = Buffer.from(csrfToken, 'utf8');
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
