import { sql } from 'kysely';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type NewPerson, SESSION_COOKIE, cookieClient, newPerson, sessionSetCookie, signIn } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * People sign in over HTTP with a password and hold a session cookie: who they are, when it ends (idle and absolute
 * expiry: the stored times are moved rather than waited for), signing out here or everywhere, and a person disabled
 * mid-session. Failed sign-ins all look alike.
 */
describe('sign-in and sessions', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  let person: NewPerson;
  const anonymous = () => stack.client();
  const sessionOf = async (cookie: string) => (await cookieClient(stack.baseUrl, cookie).GET('/v1/session')).response.status;
  const storedSession = (cookie: string) =>
    stack.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', sql<string>`encode(sha256(${cookie.split('=')[1]}::bytea), 'hex')`)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-water'));
    person = await newPerson(stack, 'unit', ['hhht-water'], { name: '王立新', login: 'wanglixin' });
  });
  afterAll(() => stack?.stop());

  it('offers login and password, and no single sign-on unless configured', async () => {
    const { response, data } = await anonymous().GET('/v1/session/methods');
    expect(response.status).toBe(200);
    expect(data).toEqual({ local: true, oidc: null });
  });

  it('signs in: an HttpOnly, SameSite=Lax cookie for the whole site, and the session with its CSRF token', async () => {
    const { response, data } = await anonymous().POST('/v1/session', { body: { login: 'wanglixin', password: person.password } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const setCookie = sessionSetCookie(response)!;
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax$`));
    expect(data).toEqual({
      person: {
        id: person.id,
        name: '王立新',
        login: 'wanglixin',
        role: 'unit',
        unitIds: ['hhht-water'],
        units: [{ id: 'hhht-water', name: '呼和浩特市水务局' }],
        disabledAt: null,
        createdAt: expect.any(String),
        oidcSubject: null,
      },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
    });
    const expiresIn = Date.parse(data!.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(8 * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(8 * 3600_000);

    const cookie = setCookie.split(';')[0];
    const again = await cookieClient(stack.baseUrl, cookie).GET('/v1/session');
    expect(again.response.status).toBe(200);
    expect(again.data).toEqual({ ...data, expiresAt: expect.any(String) });
    // Only the token's SHA-256 is stored.
    const stored = await storedSession(cookie);
    expect(JSON.stringify(stored)).not.toContain(cookie.split('=')[1]);
  });

  it('takes the login in any case and with surrounding spaces', async () => {
    expect((await signIn(stack.baseUrl, ' WangLiXin ', person.password)).person.id).toBe(person.id);
  });

  it('answers every failed sign-in alike: unknown login, wrong password, no password yet, disabled', async () => {
    const invited = await admin.POST('/v1/people', {
      body: { name: '未设密码', login: 'nopassword', role: 'unit', unitIds: ['hhht-water'] },
    });
    expect(invited.response.status).toBe(201);
    const disabled = await newPerson(stack, 'unit', ['hhht-water'], { login: 'disabled-one' });
    expect((await admin.POST('/v1/people/{id}/disable', { params: { path: { id: disabled.id } } })).response.status).toBe(200);

    const attempts = [
      { login: 'nosuchperson', password: person.password },
      { login: 'wanglixin', password: `${person.password}x` },
      { login: 'nopassword', password: 'any password at all' },
      { login: 'disabled-one', password: disabled.password },
    ];
    for (const body of attempts) {
      const { response, error } = await anonymous().POST('/v1/session', { body });
      expect({ login: body.login, status: response.status, cookie: sessionSetCookie(response) }).toEqual({
        login: body.login,
        status: 401,
        cookie: undefined,
      });
      expect(error).toEqual({
        type: '/problems/sign-in-failed',
        title: 'Sign-in failed',
        status: 401,
        detail: '账号或密码不正确',
        instance: '/v1/session',
      });
    }
  });

  it('refuses a sign-in without a login or password as invalid (400)', async () => {
    // @ts-expect-error the password left out: the API answers 400
    const { response, error } = await anonymous().POST('/v1/session', { body: { login: 'wanglixin' } });
    expect(response.status).toBe(400);
    expect(error!.errors).toEqual([{ field: 'password', message: 'password is required' }]);
  });

  it('has no session without the cookie, with an unknown one, or with an API key', async () => {
    const none = await anonymous().GET('/v1/session');
    expect({ status: none.response.status, type: none.error?.type }).toEqual({ status: 401, type: '/problems/unauthorized' });
    expect(await sessionOf(`${SESSION_COOKIE}=${'x'.repeat(43)}`)).toBe(401);
    const key = await admin.GET('/v1/session');
    expect({ status: key.response.status, detail: key.error?.detail }).toEqual({
      status: 401,
      detail: 'no session: sign in (an API key has none)',
    });
  });

  it('ends an idle session 8 hours after its last use, and slides that on with use (at most once a minute)', async () => {
    const session = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const before = await storedSession(session.cookie);
    // Used two minutes ago: the next request moves the idle expiry to 8 hours from now.
    await sql`update sessions set last_seen_at = now() - interval '2 minutes', idle_expires_at = now() + interval '1 hour'
              where token_hash = ${before.token_hash}`.execute(stack.database.db);
    const slid = await session.as.GET('/v1/session');
    expect(Date.parse(slid.data!.expiresAt) - Date.now()).toBeGreaterThan(8 * 3600_000 - 60_000);
    expect(Date.now() - (await storedSession(session.cookie)).last_seen_at.getTime()).toBeLessThan(60_000);

    // Last used 8 hours ago: gone.
    await sql`update sessions set last_seen_at = now() - interval '8 hours 1 minute', idle_expires_at = now() - interval '1 minute'
              where token_hash = ${before.token_hash}`.execute(stack.database.db);
    const ended = await session.as.GET('/v1/session');
    expect({ status: ended.response.status, detail: ended.error?.detail }).toEqual({
      status: 401,
      detail: 'the session has ended: sign in again',
    });
  });

  it('ends a session 7 days after sign-in, however busy', async () => {
    const session = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const { token_hash } = await storedSession(session.cookie);
    await sql`update sessions set created_at = now() - interval '7 days', expires_at = now() - interval '1 second',
              last_seen_at = now(), idle_expires_at = now() + interval '8 hours' where token_hash = ${token_hash}`.execute(
      stack.database.db,
    );
    expect(await sessionOf(session.cookie)).toBe(401);
  });

  it('signs out: the session ends and the cookie is cleared; other sessions go on', async () => {
    const here = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const elsewhere = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const { response } = await here.as.DELETE('/v1/session');
    expect(response.status).toBe(204);
    expect(sessionSetCookie(response)).toMatch(
      new RegExp(`^${SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$`),
    );
    expect(await sessionOf(here.cookie)).toBe(401);
    expect(await sessionOf(elsewhere.cookie)).toBe(200);
  });

  it('signs out everywhere: every session of the person ends, and nobody else’s', async () => {
    const here = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const elsewhere = await signIn(stack.baseUrl, 'wanglixin', person.password);
    const someoneElse = await newPerson(stack, 'unit', ['hhht-water']);
    expect((await here.as.DELETE('/v1/sessions')).response.status).toBe(204);
    expect(await sessionOf(here.cookie)).toBe(401);
    expect(await sessionOf(elsewhere.cookie)).toBe(401);
    expect(await sessionOf(someoneElse.session.cookie)).toBe(200);
    expect((await signIn(stack.baseUrl, 'wanglixin', person.password)).person.id).toBe(person.id);
  });

  it('stops a disabled person at once, mid-session, and lets them in again once enabled', async () => {
    const colleague = await newPerson(stack, 'unit', ['hhht-water'], { login: 'zhaoqiang' });
    expect(await sessionOf(colleague.session.cookie)).toBe(200);
    const disabled = await admin.POST('/v1/people/{id}/disable', { params: { path: { id: colleague.id } } });
    expect(disabled.response.status).toBe(200);
    expect(disabled.data!.disabledAt).toEqual(expect.any(String));
    expect(await sessionOf(colleague.session.cookie)).toBe(401);
    const refused = await anonymous().POST('/v1/session', { body: { login: 'zhaoqiang', password: colleague.password } });
    expect(refused.response.status).toBe(401);

    const enabled = await admin.POST('/v1/people/{id}/enable', { params: { path: { id: colleague.id } } });
    expect(enabled.data!.disabledAt).toBeNull();
    // The sessions it had stay ended; signing in works again.
    expect(await sessionOf(colleague.session.cookie)).toBe(401);
    expect((await signIn(stack.baseUrl, 'zhaoqiang', colleague.password)).person.id).toBe(colleague.id);
  });
});
