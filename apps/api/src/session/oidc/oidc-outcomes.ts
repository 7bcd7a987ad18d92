/** Who the provider says signed in: `subject` is what `principals.oidc_subject` links to a person. */
export interface OidcIdentity {
  subject: string;
  name?: string;
  preferredUsername?: string;
}

/**
 * Why a sign-in did not happen. `refused`: the provider said no (`error=` on the callback, a refused code), or the
 * callback is not one this API started (no, a forged, an expired or a used state; another browser's state), or its
 * tokens do not check out. `unavailable`: the provider could not be reached or did not answer in time.
 */
export type OidcFailureReason = 'refused' | 'unavailable';

export interface OidcFailure {
  ok: false;
  reason: OidcFailureReason;
  /** For the log, never for the person: it may name the provider's internals. */
  detail: string;
}

/** The redirect to the provider; `state` must come back with the browser (the controller keeps it in a cookie). */
export type OidcBegun = { ok: true; redirectUrl: string; state: string } | OidcFailure;

export type OidcFinished = { ok: true; identity: OidcIdentity } | OidcFailure;

const UNAVAILABLE_CODES = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT']);

/**
 * Whether openid-client failed to reach the provider (fetch's network TypeError, its timeout or abort, a 5xx answer),
 * here or in a cause, rather than being told no. By name and code, never instanceof: the errors may come from
 * another realm (under Jest, fetch's are the host's).
 */
export function isUnavailable(error: unknown): boolean {
  return causes(error).some(({ name, code, cause }) => {
    if (name === 'TypeError' || name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    return code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && isObject(cause) && typeof cause.status === 'number' && cause.status >= 500;
  });
}

/** Whether the provider did not answer in time (not worth a second wait). */
export const isTimeout = (error: unknown): boolean =>
  causes(error).some(({ name, code }) => name === 'TimeoutError' || code === 'OAUTH_TIMEOUT');

/** One line for the log: the error, its OAuth error code and description, and its causes. */
export function describeError(error: unknown): string {
  if (!isObject(error)) return String(error);
  return causes(error)
    .map(({ message, code, error: oauthError, error_description: description, status }) => {
      const text = [message, oauthError, description].filter((part) => typeof part === 'string' && part !== '').join(': ');
      const tags = [code, status].filter((tag) => typeof tag === 'string' || typeof tag === 'number').join(' ');
      return [text, tags && `[${tags}]`].filter((part) => part !== '').join(' ');
    })
    .filter((part) => part !== '')
    .join(' ← ');
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** The error and its causes, as far as they go (at most 5). */
function causes(error: unknown): Fields[] {
  const chain: Fields[] = [];
  for (let current = error; isObject(current) && chain.length < 5; current = current.cause) chain.push(current);
  return chain;
}
