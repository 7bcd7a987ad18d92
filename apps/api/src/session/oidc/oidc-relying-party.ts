import type { OidcConfig } from '@closeloop/config';
import type { Database } from '@closeloop/db';
import { Logger, type LoggerService } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Configuration } from 'openid-client';
import { setTimeout as delay } from 'node:timers/promises';
import { consumePendingSignIn, savePendingSignIn } from './oidc-sign-ins.repository';
import {
  type OidcBegun,
  type OidcFailure,
  type OidcFailureReason,
  type OidcFinished,
  describeError,
  isTimeout,
  isUnavailable,
} from './oidc-outcomes';
import { openIdClient } from './openid-client';

export interface OidcRelyingPartyOptions {
  /** Seconds each request to the provider may take (discovery, token exchange, keys). */
  timeoutSeconds?: number;
  /** A discovery that could not connect is tried once more after this pause (one that timed out is not). */
  retryDelayMs?: number;
  /** Where refused and unavailable sign-ins are logged (warn), with what went wrong. */
  logger?: Pick<LoggerService, 'warn'>;
}

const SCOPE = 'openid profile';

/**
 * Closeloop as an OpenID Connect relying party: authorization code with PKCE (S256), state and nonce. `begin`
 * keeps the verifier and nonce in `oidc_sign_ins` under the state, `finish` consumes them once and exchanges the
 * code. The provider's metadata is discovered at first use and kept; a failed discovery is forgotten, so the next
 * sign-in tries again. Nothing here throws for the provider's sake: its failures come back as `OidcFailure`.
 */
export class OidcRelyingParty {
  private discovered?: Promise<Configuration>;
  private readonly timeoutSeconds: number;
  private readonly retryDelayMs: number;
  private readonly logger: Pick<LoggerService, 'warn'>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: OidcConfig | undefined,
    options: OidcRelyingPartyOptions = {},
  ) {
    this.timeoutSeconds = options.timeoutSeconds ?? 10;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.logger = options.logger ?? new Logger('OidcRelyingParty');
  }

  isConfigured(): boolean {
    return this.settings !== undefined;
  }

  /** The sign-in page's button for the provider; undefined when OIDC is not configured. */
  get label(): string | undefined {
    return this.settings?.label;
  }

  /** A new sign-in: the provider's authorization URL to redirect the browser to. */
  async begin(): Promise<OidcBegun> {
    const settings = this.required();
    const client = openIdClient();
    let config: Configuration;
    try {
      config = await this.configuration();
    } catch (error) {
      return this.failure('unavailable', `discovery at ${settings.issuerUrl} failed: ${describeError(error)}`);
    }
    const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    await savePendingSignIn(this.db, pending);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { ok: true, redirectUrl: url.href, state: pending.state };
  }

  /**
   * The callback: `query` is its query string as the provider sent it; `browserState` the state this browser was
   * sent off with (begin's `state`, kept in a cookie), so a callback started in another browser is refused.
   */
  async finish(query: string | URLSearchParams, browserState: string | undefined): Promise<OidcFinished> {
    const settings = this.required();
    const params = new URLSearchParams(query);
    const state = params.get('state');
    if (!state) return this.failure('refused', 'the callback has no state');
    if (state !== browserState) return this.failure('refused', 'the callback’s state is not the one this browser was sent off with');
    const pending = await consumePendingSignIn(this.db, state);
    if (!pending) return this.failure('refused', 'the callback’s state is unknown, expired or used before');
    const error = params.get('error');
    if (error)
      return this.failure('refused', `the provider answered ${[error, params.get('error_description')].filter(Boolean).join(': ')}`);

    const client = openIdClient();
    const callbackUrl = new URL(settings.redirectUrl);
    callbackUrl.search = params.toString();
    try {
      const config = await this.configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return this.failure('refused', 'the provider sent no ID token');
      return {
        ok: true,
        identity: { subject: claims.sub, name: text(claims.name), preferredUsername: text(claims.preferred_username) },
      };
    } catch (error) {
      return this.failure(isUnavailable(error) ? 'unavailable' : 'refused', `the code exchange failed: ${describeError(error)}`);
    }
  }

  private configuration(): Promise<Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<Configuration> {
    const settings = this.required();
    const client = openIdClient();
    const issuer = new URL(settings.issuerUrl);
    const discover = () =>
      client.discovery(
        issuer,
        settings.clientId,
        undefined,
        settings.clientSecret === undefined ? client.None() : client.ClientSecretBasic(settings.clientSecret),
        // Plain http only to a provider on this machine: readOidcConfig refuses any other.
        { timeout: this.timeoutSeconds, execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [] },
      );
    try {
      return await discover();
    } catch (error) {
      if (!isUnavailable(error) || isTimeout(error)) throw error;
      await delay(this.retryDelayMs);
      return discover();
    }
  }

  private required(): OidcConfig {
    if (!this.settings) throw new Error('OIDC sign-in is not configured (CLOSELOOP_OIDC_ISSUER_URL)');
    return this.settings;
  }

  private failure(reason: OidcFailureReason, detail: string): OidcFailure {
    this.logger.warn(`OIDC sign-in ${reason}: ${detail}`);
    return { ok: false, reason, detail };
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
