import { type ApiClient, createApiClient } from '@closeloop/api-client';
import { randomBytes } from 'node:crypto';
import { expect2xx } from '../http-load/api';
import { units } from '../synthetic/organisation';

/** The session cookie's name (apps/api/src/session): HttpOnly, SameSite, set when a person signs in. */
const SESSION_COOKIE = 'closeloop_session';

/** A person as a browser holds them after signing in: the session cookie's value. */
export interface SignedInPerson {
  login: string;
  sessionToken: string;
}

/** The synthetic organisation's units (the city government, its departments and districts), made by the admin over the API. */
export async function createUnits(admin: ApiClient): Promise<void> {
  for (const unit of units) {
    const answer = await admin.POST('/v1/units', { body: { id: unit.id, name: unit.name, kind: unit.kind, parentId: unit.parentId } });
    if (answer.response.status !== 409) expect2xx(answer, `POST /v1/units ${unit.id}`);
  }
}

/**
 * A person made the real way: the admin creates them (POST /v1/people), they accept the invitation with a password
 * of their own, which signs them in and sets the session cookie.
 */
export async function signedInPerson(
  baseUrl: string,
  admin: ApiClient,
  person: { login: string; name: string; role: 'unit' | 'supervisor' | 'leader' | 'admin'; unitIds: string[] },
): Promise<SignedInPerson> {
  const created = expect2xx(await admin.POST('/v1/people', { body: person }), `POST /v1/people ${person.login}`);
  const password = randomBytes(12).toString('base64url');
  const accepted = await createApiClient({ baseUrl }).POST('/v1/invitations/{token}/acceptance', {
    params: { path: { token: created.invitation.token } },
    body: { password },
  });
  expect2xx(accepted, `accepting ${person.login}'s invitation`);
  const cookie = accepted.response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`no session cookie after ${person.login} accepted the invitation`);
  return { login: person.login, sessionToken: cookie.split(';')[0].slice(SESSION_COOKIE.length + 1) };
}

/** The cookie a browser context needs to be that person on `baseUrl`. */
export function sessionCookie(baseUrl: string, person: SignedInPerson) {
  return { name: SESSION_COOKIE, value: person.sessionToken, url: baseUrl, httpOnly: true, sameSite: 'Lax' as const };
}

/** The `Cookie` header a browser sends as that person. */
export const cookieHeader = (person: SignedInPerson): string => `${SESSION_COOKIE}=${person.sessionToken}`;
