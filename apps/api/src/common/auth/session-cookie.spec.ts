import type { Request } from 'express';
import { clearedSessionCookie, generateSessionToken, hashSessionToken, sessionCookie, sessionTokenOf } from './session-cookie';

const withCookie = (cookie?: string) => ({ header: (name: string) => (name === 'cookie' ? cookie : undefined) }) as unknown as Request;

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, until the session ends; Secure only when asked', () => {
    expect(sessionCookie('tok', 604800, { secure: false })).toBe('closeloop_session=tok; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax');
    expect(sessionCookie('tok', 604800, { secure: true })).toBe(
      'closeloop_session=tok; Max-Age=604800; Path=/; HttpOnly; Secure; SameSite=Lax',
    );
  });

  it('is removed on sign-out with the same attributes', () => {
    expect(clearedSessionCookie({ secure: false })).toBe(
      'closeloop_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });

  it('is read from the Cookie header among others, and absent when empty or missing', () => {
    expect(sessionTokenOf(withCookie('theme=dark; closeloop_session=abc_DEF-1; lang=zh'))).toBe('abc_DEF-1');
    expect(sessionTokenOf(withCookie('closeloop_session='))).toBeUndefined();
    expect(sessionTokenOf(withCookie('theme=dark'))).toBeUndefined();
    expect(sessionTokenOf(withCookie(undefined))).toBeUndefined();
  });

  it('carries 256 random bits, stored as a SHA-256', () => {
    const token = generateSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
