import { type ApiClient, type Schemas, createApiClient } from '@closeloop/api-client';

/**
 * The one way the app talks to the API: the generated client, sending the session cookie on every request and the
 * session's CSRF token on every unsafe one, with each answer that is not a success turned into an ApiError that
 * carries the RFC 9457 problem.
 */

export type Problem = Schemas['Problem'];

/** A problem the API answered with (or a network failure: status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds, from Retry-After (429). */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** The problem type's slug: `/problems/sign-in-failed` → `sign-in-failed`. */
  get slug(): string {
    return this.problem.type.replace(/^\/problems\//, '');
  }

  /** The validation problem's field errors, by field (the first message of each). */
  get fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) errors[field] ??= message;
    return errors;
  }

  /** Someone else changed the item first (409 refused for its status, 412 If-Match no longer current). */
  get isConflict(): boolean {
    return this.status === 409 || this.status === 412;
  }

  /** Not allowed to see it, or it is not there (the API answers 404 outside the caller's scope). */
  get isRefused(): boolean {
    return this.status === 403 || this.status === 404;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** The session's CSRF token, sent as X-CSRF-Token on every unsafe request (undefined when signed out). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** What to do when the API answers 401 to a signed-in request (the session expired): go to the sign-in page. */
export function whenUnauthorized(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

export const api: ApiClient = createApiClient({ baseUrl: window.location.origin, credentials: 'include' });

/** X-CSRF-Token on every unsafe request while signed in (Bearer callers need none; the browser has no key). */
export const csrfHeader: Parameters<ApiClient['use']>[0] = {
  onRequest({ request }) {
    if (csrfToken && UNSAFE.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

api.use(csrfHeader);

/** What every call of the generated client gives back. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer's data, or an ApiError. `quiet401` for the calls that ask whether one is signed in at all (the session
 * itself, the sign-in): their 401 is an answer, not an expired session.
 */
export async function call<T>(request: Promise<Answer<T>>, options: { quiet401?: boolean } = {}): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch {
    throw new ApiError(0, { type: '/problems/network', title: '网络连接失败', status: 0 } as Problem);
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  const problem = toProblem(error, response);
  if (response.status === 401 && !options.quiet401) onUnauthorized?.();
  const retryAfter = Number(response.headers.get('Retry-After'));
  throw new ApiError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'type' in error && 'status' in error) return error as Problem;
  return { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
}

/** The If-Match header for a write to an item last seen at `version`. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
