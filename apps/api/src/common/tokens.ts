import type { OidcConfig } from '@closeloop/config';

/** Injection tokens for what the composition root hands the API. */
export const DB = Symbol('Kysely<Database>');
export const TEMPORAL_CLIENT = Symbol('Temporal Client');
export const API_CONFIG = Symbol('ApiConfig');
export const EVENT_STORE = Symbol('EventStore');

export interface ApiConfig {
  taskQueue: string;
  /** `host:port` entries webhook and robot URLs may name although not public https (CLOSELOOP_OUTBOUND_ALLOW; default none). */
  outboundAllow?: readonly string[];
  /** Single sign-on by OpenID Connect (CLOSELOOP_OIDC_*); absent: no OIDC sign-in. */
  oidc?: OidcConfig;
  /** CLOSELOOP_COOKIE_SECURE: the session cookie is `Secure` even on a request that came over http (a TLS proxy in front). */
  cookieSecure?: boolean;
}
