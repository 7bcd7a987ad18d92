import { type OidcFinished, OidcRelyingParty } from '@closeloop/api';
import { type OidcConfig, readOidcConfig } from '@closeloop/config';
import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { type TestProvider, signInAtProvider, startTestProvider } from '../support/oidc-provider';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/*
 * Single sign-on (统一身份认证) against a real OpenID provider: the `oidc-provider` package, in its own process
 * (test/support/oidc-provider.ts), with a confidential client and a sign-in form answered over plain HTTP. Closeloop's
 * side is its relying party (OidcRelyingParty) on real PostgreSQL, driven directly: the /v1/session/oidc operations
 * that redirect to it and back are the session module's.
 *
 * openid-client is ESM-only. The relying party require()s it at first use (Node ≥ 20.19 can); Jest's loader cannot,
 * so jest.config.js compiles it (and oauth4webapi, jose) to CommonJS for the tests, and it runs here, in-process,
 * as it does in the API.
 */

const redirectUri = 'http://127.0.0.1:3000/v1/session/oidc/callback';
const client = { clientId: 'closeloop', clientSecret: randomBytes(16).toString('hex'), redirectUri };
const zhangSan = { subject: 'f3b1c2d4-0001', name: '张三', username: 'zhangsan' };

const settings = (issuer: string): OidcConfig =>
  readOidcConfig({
    CLOSELOOP_OIDC_ISSUER_URL: issuer,
    CLOSELOOP_OIDC_CLIENT_ID: client.clientId,
    CLOSELOOP_OIDC_CLIENT_SECRET: client.clientSecret,
    CLOSELOOP_OIDC_REDIRECT_URL: redirectUri,
  })!;

let database: TestDatabase;
let provider: TestProvider;
let relyingParty: OidcRelyingParty;
const warnings: string[] = [];
const logger = { warn: (message: unknown) => void warnings.push(String(message)) };

beforeAll(async () => {
  database = await createTestDatabase();
  provider = await startTestProvider({ ...client, accounts: [zhangSan, { subject: 'f3b1c2d4-0002', name: '李四' }] });
  relyingParty = new OidcRelyingParty(database.db, settings(provider.issuer), { logger });
});

afterAll(async () => {
  await provider?.stop();
  await database?.drop();
});

beforeEach(() => {
  warnings.length = 0;
});

/** A person who opens Closeloop's OIDC sign-in, answers the provider's page, and is sent back to the callback. */
async function signIn(rp: OidcRelyingParty, answer: Parameters<typeof signInAtProvider>[1]) {
  const begun = await rp.begin();
  if (!begun.ok) throw new Error(`begin failed: ${begun.detail}`);
  const callback = await signInAtProvider(begun.redirectUrl, answer, redirectUri);
  return { begun, callback, query: callback.search.slice(1) };
}

const refused = (detail: RegExp | string): OidcFinished => ({ ok: false, reason: 'refused', detail: expect.stringMatching(detail) });

describe('OIDC sign-in', () => {
  it('signs a person in by authorization code with PKCE: the provider’s subject and name come back', async () => {
    const begun = await relyingParty.begin();
    if (!begun.ok) throw new Error(begun.detail);
    const authorization = new URL(begun.redirectUrl);
    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'closeloop',
      redirect_uri: redirectUri,
      scope: 'openid profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: begun.state,
      nonce: expect.stringMatching(/^[\w-]{43}$/),
    });

    const callback = await signInAtProvider(begun.redirectUrl, { username: 'zhangsan' }, redirectUri);
    expect(callback.searchParams.get('state')).toBe(begun.state);
    expect(callback.searchParams.get('code')).toBeTruthy();

    expect(await relyingParty.finish(callback.search, begun.state)).toEqual({
      ok: true,
      identity: { subject: 'f3b1c2d4-0001', name: '张三', preferredUsername: 'zhangsan' },
    });
    expect(warnings).toEqual([]);
  });

  it('refuses a sign-in the person cancelled at the provider', async () => {
    const { begun, callback, query } = await signIn(relyingParty, 'cancel');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(await relyingParty.finish(query, begun.state)).toEqual(refused(/provider answered access_denied/));
    expect(warnings).toEqual([expect.stringContaining('OIDC sign-in refused: the provider answered access_denied')]);
  });

  it('refuses a callback replayed, forged, late, from another browser, or with a code the provider did not issue', async () => {
    const replayed = await signIn(relyingParty, { username: 'zhangsan' });
    expect(await relyingParty.finish(replayed.query, replayed.begun.state)).toMatchObject({ ok: true });
    expect(await relyingParty.finish(replayed.query, replayed.begun.state)).toEqual(refused('unknown, expired or used before'));

    const forged = randomBytes(32).toString('base64url');
    expect(await relyingParty.finish(`code=${forged}&state=${forged}`, forged)).toEqual(refused('unknown, expired or used before'));
    expect(await relyingParty.finish('code=abc', undefined)).toEqual(refused('has no state'));

    // Someone else's callback opened in this browser (login CSRF): this browser's state cookie differs, or is missing.
    const elsewhere = await signIn(relyingParty, { username: 'zhangsan' });
    expect(await relyingParty.finish(elsewhere.query, undefined)).toEqual(refused('not the one this browser was sent off with'));
    expect(await relyingParty.finish(elsewhere.query, randomBytes(32).toString('base64url'))).toEqual(
      refused('not the one this browser was sent off with'),
    );
    expect(await relyingParty.finish(elsewhere.query, elsewhere.begun.state)).toMatchObject({
      ok: true,
      identity: { subject: zhangSan.subject },
    });

    const late = await signIn(relyingParty, { username: 'zhangsan' });
    await sql`update oidc_sign_ins set expires_at = now() - interval '1 second' where state = ${late.begun.state}`.execute(database.db);
    expect(await relyingParty.finish(late.query, late.begun.state)).toEqual(refused('unknown, expired or used before'));

    const tampered = await signIn(relyingParty, { username: 'zhangsan' });
    tampered.callback.searchParams.set('code', randomBytes(32).toString('base64url'));
    expect(await relyingParty.finish(tampered.callback.searchParams, tampered.begun.state)).toEqual(
      refused(/the code exchange failed: .*invalid_grant/),
    );
    expect(warnings).toHaveLength(7);
  });

  it('reports an unreachable provider at once, a silent one after the timeout, and tries again at the next sign-in', async () => {
    const port = await freePort();
    const later = new OidcRelyingParty(database.db, settings(`http://127.0.0.1:${port}`), { logger, retryDelayMs: 50 });
    expect(await later.begin()).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: expect.stringMatching(/discovery at .* failed: .*ECONNREFUSED/),
    });

    // The provider comes up: the failed discovery was not kept, the next sign-in finds it.
    const revived = await startTestProvider({ ...client, accounts: [zhangSan], port });
    try {
      const { begun, query } = await signIn(later, { username: 'zhangsan' });
      expect(await later.finish(query, begun.state)).toMatchObject({ ok: true, identity: { subject: zhangSan.subject } });

      // Gone between the redirect and the callback: the code exchange cannot reach it.
      const { begun: stranded, query: strandedQuery } = await signIn(later, { username: 'zhangsan' });
      await revived.stop();
      expect(await later.finish(strandedQuery, stranded.state)).toEqual({
        ok: false,
        reason: 'unavailable',
        detail: expect.stringMatching(/the code exchange failed: .*fetch failed.*ECONNREFUSED/),
      });
    } finally {
      await revived.stop();
    }

    const silent = await silentServer();
    try {
      const hanging = new OidcRelyingParty(database.db, settings(`http://127.0.0.1:${silent.port}`), {
        logger,
        timeoutSeconds: 1,
        retryDelayMs: 50,
      });
      const started = Date.now();
      expect(await hanging.begin()).toEqual({ ok: false, reason: 'unavailable', detail: expect.stringMatching(/timed out/) });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await silent.close();
    }
    expect(warnings).toEqual([
      expect.stringMatching(/^OIDC sign-in unavailable: discovery at/),
      expect.stringMatching(/^OIDC sign-in unavailable: the code exchange failed/),
      expect.stringMatching(/^OIDC sign-in unavailable: discovery at/),
    ]);
  });

  it('is off without an issuer', async () => {
    const off = new OidcRelyingParty(database.db, undefined, { logger });
    expect(off.isConfigured()).toBe(false);
    expect(off.label).toBeUndefined();
    await expect(off.begin()).rejects.toThrow('OIDC sign-in is not configured');
    expect(relyingParty.isConfigured()).toBe(true);
    expect(relyingParty.label).toBe('统一身份认证');
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A provider that accepts connections and never answers. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
