import type { RefusalDetails } from '@closeloop/contracts';

export interface ProblemTypeEntry {
  readonly status: number;
  readonly title: string;
  /** When the API answers with it (the docs table's last column). */
  readonly when: string;
  /** The example of its status in the OpenAPI document (one per status). */
  readonly example?: { readonly detail?: string; readonly errors?: ReadonlyArray<{ readonly field: string; readonly message: string }> };
}

/**
 * Every problem type the API answers with: `/problems/<slug>` → status, title and when. The one source of the
 * docs table (docs/api-conventions.md) and of the OpenAPI document's error examples; tested against both.
 */
export const problemTypes = {
  validation: {
    status: 400,
    title: 'The request is invalid',
    when: 'a bad field, query parameter (unknown ones too), header, cursor, or malformed JSON',
    example: {
      detail: 'limit: limit must not be greater than 500',
      errors: [{ field: 'limit', message: 'limit must not be greater than 500' }],
    },
  },
  'invalid-period': {
    status: 400,
    title: 'Invalid period',
    when: 'a report week or month of another shape than `2026-W47` or `2026-11` (`2026-W99`)',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    when: 'neither `Authorization: Bearer <key>` nor a session cookie, an unknown or revoked key, or a session that has ended (`WWW-Authenticate: Bearer`)',
    example: { detail: 'send Authorization: Bearer <api key>, or sign in' },
  },
  'sign-in-failed': {
    status: 401,
    title: 'Sign-in failed',
    when: 'a sign-in with an unknown login, a wrong password, a disabled person or one without a password yet (one message for all: 账号或密码不正确)',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    when: 'the role may not do this operation at all',
    example: { detail: 'a unit may not do this' },
  },
  'csrf-refused': {
    status: 403,
    title: 'CSRF token refused',
    when: 'a POST, PUT, PATCH or DELETE made with the session cookie without the session’s `X-CSRF-Token` (or with another)',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    when: 'absent, or outside the caller’s scope (a plan’s ledger: neither the plan’s owner unit nor any of its items in scope)',
    example: {},
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    when: 'a known path asked with a method it does not serve (`Allow` lists those it does)',
  },
  'invitation-invalid': {
    status: 404,
    title: 'Invitation invalid',
    when: 'an invitation link that is unknown, used, expired, replaced by a newer one, or for a disabled person',
  },
  'unit-exists': { status: 409, title: 'Unit exists', when: 'a unit with this id exists', example: {} },
  'plan-exists': { status: 409, title: 'Plan exists', when: 'a plan with this id exists' },
  'already-filed': { status: 409, title: 'Command refused', when: 'an item with this plan and code was filed and its life has ended' },
  'item-finished': { status: 409, title: 'Command refused', when: 'a command to a consolidated item (its life has ended)' },
  'login-taken': { status: 409, title: 'Login taken', when: 'a person with a login another principal has' },
  'oidc-subject-taken': { status: 409, title: 'OIDC subject taken', when: 'a person with an OIDC subject another person has' },
  'person-disabled': { status: 409, title: 'Person disabled', when: 'an invitation for a disabled person (enable them first)' },
  'principal-revoked': { status: 409, title: 'Principal revoked', when: 'a new key for a revoked principal' },
  'delivery-in-flight': { status: 409, title: 'Delivery in flight', when: 'a replay of a webhook delivery being sent' },
  'period-not-over': { status: 409, title: 'Period not over', when: 'a report for a week or month not over yet' },
  'idempotency-key-in-progress': {
    status: 409,
    title: 'Request in progress',
    when: 'an `Idempotency-Key` whose first request is still running',
  },
  'calendar-conflict': {
    status: 409,
    title: 'Calendar changed concurrently',
    when: 'a calendar year that kept changing while it was written',
  },
  'version-mismatch': { status: 412, title: 'Command refused', when: '`If-Match` differs from the item’s version', example: {} },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    when: 'a JSON body over 1 MB; a spreadsheet over 10 MB on the import',
    example: {},
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    when: 'a body that is not `application/json` on an operation that takes JSON; not multipart, CSV or XLSX on the import',
    example: {},
  },
  'unknown-unit': {
    status: 422,
    title: 'Unknown unit',
    when: 'a unit that does not exist or lies outside the caller’s scope (filing, reassigning, a parent, a principal’s scope)',
    example: {},
  },
  'no-such-period': { status: 422, title: 'No such period', when: 'a report week 53 of a year that has 52 weeks (`2025-W53`)' },
  'unknown-plan': { status: 422, title: 'Unknown plan', when: 'an item filed under a plan that does not exist' },
  'scope-required': { status: 422, title: 'Scope required', when: 'a principal of a scoped role without units' },
  'unreadable-sheet': { status: 422, title: 'Unreadable spreadsheet', when: 'an import whose file is empty or neither CSV nor XLSX' },
  'invalid-rows': {
    status: 422,
    title: 'The spreadsheet has invalid rows',
    when: 'an import with row errors (nothing imported; `errors[]` names row and field)',
  },
  'invalid-calendar': { status: 422, title: 'Not a possible calendar year', when: 'a calendar year that breaks a rule between its days' },
  'weak-password': {
    status: 422,
    title: 'Weak password',
    when: 'a new password under 10 characters or equal to the login (`errors[]` names `password`)',
  },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused', when: 'an `Idempotency-Key` reused with another request' },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    when: 'over the rate limit; `Retry-After` says how many seconds to wait',
    example: { detail: 'more than 600 requests a minute; retry after 1 s' },
  },
  'sign-in-throttled': {
    status: 429,
    title: 'Sign-in throttled',
    when: 'a sign-in for a login after 5 consecutive failures (15 min), or from an address after 50 failures in an hour; `Retry-After` says how long',
  },
  internal: { status: 500, title: 'Internal server error', when: 'a bug: logged, never detailed to the caller' },
  'not-ready': { status: 503, title: 'Service unavailable', when: '`/readyz` when PostgreSQL or Temporal is unreachable', example: {} },
} as const satisfies Record<string, ProblemTypeEntry>;

export type ProblemSlug = keyof typeof problemTypes;

/**
 * The item decider's refusals are a family: `/problems/<code>` with the decider's code (`wrong-status`,
 * `not-responsible-unit`, …), the status by the refusal's kind, and the title `Command refused`.
 */
export const refusalStatus: Record<RefusalDetails['kind'], number> = { forbidden: 403, conflict: 409, precondition: 412, invalid: 422 };
export const REFUSAL_TITLE = 'Command refused';

/** Problem types are relative URIs documented in docs/api-conventions.md. */
export const problemType = (slug: string): string => `/problems/${slug}`;

/** The slug a status gets when the API has nothing more specific to say (Nest's and body-parser's own errors). */
const byStatus: Partial<Record<number, ProblemSlug>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  412: 'version-mismatch',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  500: 'internal',
  503: 'not-ready',
};
export const slugForStatus = (status: number): ProblemSlug | undefined => byStatus[status];

/** The entry each status's OpenAPI example comes from. */
export function exampleSlugs(): Map<number, ProblemSlug> {
  const examples = new Map<number, ProblemSlug>();
  for (const [slug, entry] of Object.entries(problemTypes) as Array<[ProblemSlug, ProblemTypeEntry]>) {
    if (!entry.example) continue;
    if (examples.has(entry.status)) throw new Error(`two examples for ${entry.status}: ${examples.get(entry.status)} and ${slug}`);
    examples.set(entry.status, slug);
  }
  return examples;
}
