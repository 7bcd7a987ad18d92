/**
 * Single sign-on is offered on the sign-in page when a provider under this token (from the OIDC module, which is
 * @Global or imported by SessionModule) says what to call it; without one `GET /v1/session/methods` answers
 * `oidc: null`.
 */
export const OIDC_SIGN_IN_METHOD = Symbol('OidcSignInMethod');

export interface OidcSignInMethod {
  label: string;
}
