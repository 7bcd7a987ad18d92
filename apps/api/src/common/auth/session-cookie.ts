import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request } from 'express';
import { randomToken, sha256Hex } from './random-token';

/** The cookie a signed-in person's browser sends (HttpOnly: scripts never see it). */
export const SESSION_COOKIE = 'closeloop_session';

/** 256 random bits; stored only as its SHA-256. */
export const generateSessionToken = randomToken;
export const hashSessionToken = sha256Hex;

/** The session token the request's `Cookie` header carries, if any. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.header('cookie');
  if (!header) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token ? token : undefined;
}

export interface SessionCookieOptions {
  /** `Secure`: the request came over https, or CLOSELOOP_COOKIE_SECURE is set. */
  secure: boolean;
}

/** `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, the whole site, until the session's absolute end. */
export function sessionCookie(token: string, maxAgeSeconds: number, { secure }: SessionCookieOptions): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
    secure,
  });
}

/** `Set-Cookie` that removes the session cookie (sign-out). */
export function clearedSessionCookie({ secure }: SessionCookieOptions): string {
  return stringifySetCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0, expires: new Date(0), secure });
}
