import { parseCookie } from 'cookie';

/**
 * The cookie that ties an OIDC sign-in to the browser that started it: begin's `state`, sent back to the callback
 * only (Path), HttpOnly, for the 10 minutes a pending sign-in lives. SameSite=Lax: the provider's redirect back is
 * a top-level GET navigation, on which Lax cookies are sent.
 */
export const OIDC_STATE_COOKIE = 'closeloop_oidc_state';
const PATH = '/v1/session/oidc/callback';
const MAX_AGE_SECONDS = 600;

export function oidcStateCookie(state: string, secure: boolean): string {
  return [
    `${OIDC_STATE_COOKIE}=${state}`,
    `Path=${PATH}`,
    `Max-Age=${MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedOidcStateCookie(secure: boolean): string {
  return [`${OIDC_STATE_COOKIE}=`, `Path=${PATH}`, 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}

/** The state cookie's value in a request's Cookie header, if any. */
export const oidcStateFrom = (cookieHeader: string | undefined): string | undefined =>
  parseCookie(cookieHeader ?? '')[OIDC_STATE_COOKIE] || undefined;
