import { type ApiClient, type Schemas, createApiClient } from '@closeloop/api-client';
import { randomBytes } from 'node:crypto';
import type { RunningStack } from './running-stack';

export const SESSION_COOKIE = 'closeloop_session';

/** A signed-in person as a browser holds them: the cookie, the CSRF token the session gave, and who they are. */
export interface SignedIn {
  /** `closeloop_session=<token>`, as the browser sends it. */
  cookie: string;
  csrfToken: string;
  person: Schemas['PersonDto'];
  /** The generated client sending the cookie and the CSRF token (as the web app does). */
  as: ApiClient;
}

/** The generated client sending a session cookie, and `X-CSRF-Token` when given (the web app sends it on writes). */
export function cookieClient(baseUrl: string, cookie: string, csrfToken?: string): ApiClient {
  return createApiClient({ baseUrl, headers: { cookie, ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }) } });
}

/** The session cookie a response sets (`closeloop_session=<token>`), with its attributes. */
export function sessionSetCookie(response: Response): string | undefined {
  return response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
}

function signedIn(baseUrl: string, response: Response, session: Schemas['SessionDto'] | undefined): SignedIn {
  const setCookie = sessionSetCookie(response);
  if (!setCookie || !session) throw new Error(`no session: ${response.status}`);
  const cookie = setCookie.split(';')[0];
  return { cookie, csrfToken: session.csrfToken, person: session.person, as: cookieClient(baseUrl, cookie, session.csrfToken) };
}

/** Signs in with login and password (throws unless 200). */
export async function signIn(baseUrl: string, login: string, password: string): Promise<SignedIn> {
  const { response, data, error } = await createApiClient({ baseUrl }).POST('/v1/session', { body: { login, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${JSON.stringify(error)}`);
  return signedIn(baseUrl, response, data);
}

export interface NewPerson {
  id: string;
  login: string;
  password: string;
  /** Signed in by accepting the invitation. */
  session: SignedIn;
}

let people = 0;

/**
 * A person made the real way: the admin creates them (POST /v1/people), they accept the invitation with a password
 * of their own, which signs them in.
 */
export async function newPerson(
  stack: RunningStack,
  role: 'unit' | 'supervisor' | 'leader' | 'admin',
  unitIds: string[],
  options: { name?: string; login?: string; password?: string } = {},
): Promise<NewPerson> {
  const login = options.login ?? `person-${++people}-${randomBytes(3).toString('hex')}`;
  const admin = stack.client(stack.adminKey);
  const created = await admin.POST('/v1/people', { body: { name: options.name ?? `${role} ${unitIds.join(',')}`, login, role, unitIds } });
  if (created.response.status !== 201) throw new Error(`person not created: ${created.response.status} ${JSON.stringify(created.error)}`);
  const password = options.password ?? randomBytes(12).toString('base64url');
  const accepted = await stack
    .client()
    .POST('/v1/invitations/{token}/acceptance', { params: { path: { token: created.data!.invitation.token } }, body: { password } });
  if (accepted.response.status !== 200)
    throw new Error(`invitation not accepted: ${accepted.response.status} ${JSON.stringify(accepted.error)}`);
  return { id: created.data!.id, login, password, session: signedIn(stack.baseUrl, accepted.response, accepted.data) };
}
