import createClient from 'openapi-fetch';
import { type Problem, call, csrfHeader } from './client';

/**
 * Sign-in and people's sessions (issue 14's contract, operationIds getSignInMethods, signIn, getSession, signOut,
 * getInvitation, acceptInvitation). Until those operations are in openapi.json (branch web-auth), their paths are
 * typed here from the contract; once merged, these calls use `api` and this file's types come from the schema.
 */

export type Role = 'unit' | 'supervisor' | 'leader' | 'admin' | 'integrator';

export interface Person {
  id: string;
  name: string;
  login: string;
  role: Role;
  unitIds: string[];
  units: { id: string; name: string }[];
  disabledAt: string | null;
  createdAt: string;
  oidcSubject: string | null;
}

export interface Session {
  person: Person;
  csrfToken: string;
  expiresAt: string;
}

export interface SignInMethods {
  local: boolean;
  oidc: { label: string } | null;
}

export interface Invitation {
  name: string;
  login: string;
  expiresAt: string;
}

type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type Problems = { default: { headers: Record<string, unknown>; content: { 'application/problem+json': Problem } } };
type Params<Path> = { query?: never; header?: never; cookie?: never } & ([Path] extends [never] ? { path?: never } : { path: Path });
type Get<Answer, Path = never> = { parameters: Params<Path>; requestBody?: never; responses: { 200: Json<Answer> } & Problems };
type Post<Answer, Body, Path = never> = {
  parameters: Params<Path>;
  requestBody: { content: { 'application/json': Body } };
  responses: { 200: Json<Answer> } & Problems;
};
type Delete = {
  parameters: Params<never>;
  requestBody?: never;
  responses: { 204: { headers: Record<string, unknown>; content?: never } } & Problems;
};

interface SessionPaths {
  '/v1/session/methods': { get: Get<SignInMethods> };
  '/v1/session': { get: Get<Session>; post: Post<Session, { login: string; password: string }>; delete: Delete };
  '/v1/invitations/{token}': { get: Get<Invitation, { token: string }> };
  '/v1/invitations/{token}/acceptance': { post: Post<Session, { password: string }, { token: string }> };
}

const sessions = createClient<SessionPaths>({ baseUrl: window.location.origin, credentials: 'include' });
// The same CSRF header as every other call (sign-out is an unsafe request with the cookie).
sessions.use(csrfHeader as Parameters<typeof sessions.use>[0]);

export const sessionApi = {
  methods: () => call(sessions.GET('/v1/session/methods', {})),
  current: () => call(sessions.GET('/v1/session', {}), { quiet401: true }),
  signIn: (login: string, password: string) => call(sessions.POST('/v1/session', { body: { login, password } }), { quiet401: true }),
  signOut: () => call(sessions.DELETE('/v1/session')),
  invitation: (token: string) => call(sessions.GET('/v1/invitations/{token}', { params: { path: { token } } })),
  acceptInvitation: (token: string, password: string) =>
    call(sessions.POST('/v1/invitations/{token}/acceptance', { params: { path: { token } }, body: { password } }), { quiet401: true }),
};
