import { required, text } from './environment';

/** Single sign-on by OpenID Connect (authorization code + PKCE); present only when an issuer is configured. */
export interface OidcConfig {
  /** CLOSELOOP_OIDC_ISSUER_URL: discovery at `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  /** Unset: a public client, authenticated by PKCE alone. */
  clientSecret?: string;
  /** The public URL of `/v1/session/oidc/callback`, exactly as registered at the provider. */
  redirectUrl: string;
  /** The sign-in page's button. */
  label: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** The OIDC settings, or undefined when CLOSELOOP_OIDC_ISSUER_URL is unset; half a configuration is an error. */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  const issuerUrl = text(env, 'CLOSELOOP_OIDC_ISSUER_URL');
  if (issuerUrl === undefined) {
    const stray = (['CLOSELOOP_OIDC_CLIENT_ID', 'CLOSELOOP_OIDC_CLIENT_SECRET', 'CLOSELOOP_OIDC_REDIRECT_URL'] as const).filter(
      (name) => text(env, name) !== undefined,
    );
    if (stray.length > 0) throw new Error(`${stray.join(', ')} set without CLOSELOOP_OIDC_ISSUER_URL`);
    return undefined;
  }
  const hint = 'OIDC sign-in needs it with CLOSELOOP_OIDC_ISSUER_URL';
  const issuer = url('CLOSELOOP_OIDC_ISSUER_URL', issuerUrl);
  // Tokens and the client secret travel to the issuer: plain http only to a provider on this machine (development, tests).
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK.test(issuer.hostname))) {
    throw new Error(`CLOSELOOP_OIDC_ISSUER_URL=${issuerUrl} must be https (http only on localhost)`);
  }
  const redirectUrl = required(env, 'CLOSELOOP_OIDC_REDIRECT_URL', hint);
  url('CLOSELOOP_OIDC_REDIRECT_URL', redirectUrl);
  return {
    issuerUrl,
    clientId: required(env, 'CLOSELOOP_OIDC_CLIENT_ID', hint),
    clientSecret: text(env, 'CLOSELOOP_OIDC_CLIENT_SECRET'),
    redirectUrl,
    label: text(env, 'CLOSELOOP_OIDC_LABEL', '统一身份认证'),
  };
}

function url(name: string, value: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name}=${value} is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`${name}=${value} is not an http(s) URL`);
  return parsed;
}
