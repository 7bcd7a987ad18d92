import type { Schemas } from '@closeloop/api-client';
import { api, call } from './client';

/** Sign-in and people's sessions (issue 14): the session operations of the generated client. */

export type Person = Schemas['PersonDto'];
export type Role = Person['role'];
export type Session = Schemas['SessionDto'];
export type SignInMethods = Schemas['SignInMethodsDto'];
export type Invitation = Schemas['InvitationInfoDto'];

export const sessionApi = {
  methods: () => call(api.GET('/v1/session/methods')),
  current: () => call(api.GET('/v1/session'), { quiet401: true }),
  signIn: (login: string, password: string) => call(api.POST('/v1/session', { body: { login, password } }), { quiet401: true }),
  signOut: () => call(api.DELETE('/v1/session')),
  invitation: (token: string) => call(api.GET('/v1/invitations/{token}', { params: { path: { token } } })),
  acceptInvitation: (token: string, password: string) =>
    call(api.POST('/v1/invitations/{token}/acceptance', { params: { path: { token } }, body: { password } }), { quiet401: true }),
};
