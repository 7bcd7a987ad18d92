import type { Schemas } from '@closeloop/api-client';
import { sql } from 'kysely';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { cookieClient, newPerson, sessionSetCookie, signIn } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * People over HTTP: an admin creates them and hands out one-time invitation links (shown once, stored as hashes,
 * good for 7 days, replaced by a newer one); the link sets the password and signs the person in.
 */
describe('people and invitations', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  const anonymous = () => stack.client();
  const create = (body: Schemas['CreatePersonDto']) => admin.POST('/v1/people', { body });
  const invitation = (token: string) => anonymous().GET('/v1/invitations/{token}', { params: { path: { token } } });
  const accept = (token: string, password: string) =>
    anonymous().POST('/v1/invitations/{token}/acceptance', { params: { path: { token } }, body: { password } });

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-water', 'hhht-eco'));
  });
  afterAll(() => stack?.stop());

  it('creates a person with an invitation link shown once; only its hash is stored, and the person has no key', async () => {
    const { response, data } = await create({ name: '李海燕', login: 'lihaiyan', role: 'supervisor', unitIds: ['hhht-eco', 'hhht-water'] });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/v1/people/${data!.id}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(data).toEqual({
      id: expect.any(String),
      name: '李海燕',
      login: 'lihaiyan',
      role: 'supervisor',
      unitIds: ['hhht-eco', 'hhht-water'],
      units: [
        { id: 'hhht-eco', name: '呼和浩特市生态环境局' },
        { id: 'hhht-water', name: '呼和浩特市水务局' },
      ],
      disabledAt: null,
      createdAt: expect.any(String),
      oidcSubject: null,
      invitation: {
        url: `/invitation/${data!.invitation.token}`,
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresAt: expect.any(String),
      },
    });
    const days = (Date.parse(data!.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await stack.database.db.selectFrom('invitations').selectAll().where('principal_id', '=', data!.id).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(data!.invitation.token);
    const principal = await stack.database.db.selectFrom('principals').selectAll().where('id', '=', data!.id).executeTakeFirstOrThrow();
    expect(principal).toMatchObject({ kind: 'person', key_hash: null, password_hash: null });

    const shown = await admin.GET('/v1/people/{id}', { params: { path: { id: data!.id } } });
    expect(shown.data).toEqual({ ...data, invitation: undefined });
    // People are not API keys: the principals' operations do not list or touch them.
    expect((await admin.GET('/v1/principals')).data!.items.map((p) => p.id)).not.toContain(data!.id);
    expect((await admin.POST('/v1/principals/{id}/key', { params: { path: { id: data!.id } } })).response.status).toBe(404);
  });

  it('refuses a taken login (409), an integrator (400), a scoped role without units (422), unknown units (422)', async () => {
    expect((await create({ name: 'x', login: 'taken', role: 'unit', unitIds: ['hhht-water'] })).response.status).toBe(201);
    const taken = await create({ name: 'y', login: 'taken', role: 'leader', unitIds: ['hhht'] });
    expect({ status: taken.response.status, type: taken.error?.type }).toEqual({ status: 409, type: '/problems/login-taken' });
    // @ts-expect-error integrators are API keys, never people: the API answers 400
    const integrator = await create({ name: 'z', login: 'robot', role: 'integrator', unitIds: ['hhht'] });
    expect({ status: integrator.response.status, fields: integrator.error?.errors?.map((e) => e.field) }).toEqual({
      status: 400,
      fields: ['role'],
    });
    const badLogin = await create({ name: 'z', login: 'Upper Case', role: 'unit', unitIds: ['hhht-water'] });
    expect({ status: badLogin.response.status, fields: badLogin.error?.errors?.map((e) => e.field) }).toEqual({
      status: 400,
      fields: ['login'],
    });
    const noUnits = await create({ name: 'z', login: 'nounits', role: 'leader', unitIds: [] });
    expect({ status: noUnits.response.status, type: noUnits.error?.type }).toEqual({ status: 422, type: '/problems/scope-required' });
    const unknown = await create({ name: 'z', login: 'unknownunit', role: 'unit', unitIds: ['nowhere'] });
    expect(unknown.error).toMatchObject({
      type: '/problems/unknown-unit',
      errors: [{ field: 'unitIds[0]', message: 'unit nowhere does not exist' }],
    });
    const subject = await create({ name: 'a', login: 'sso-a', role: 'unit', unitIds: ['hhht-water'], oidcSubject: 'sub-1' });
    expect(subject.data!.oidcSubject).toBe('sub-1');
    const sameSubject = await create({ name: 'b', login: 'sso-b', role: 'unit', unitIds: ['hhht-water'], oidcSubject: 'sub-1' });
    expect({ status: sameSubject.response.status, type: sameSubject.error?.type }).toEqual({
      status: 409,
      type: '/problems/oidc-subject-taken',
    });
  });

  it('shows what the link is for, sets the password with it and signs the person in; the link then works no more', async () => {
    const created = await create({ name: '张建国', login: 'zhangjianguo', role: 'leader', unitIds: ['hhht'] });
    const token = created.data!.invitation.token;
    const shown = await invitation(token);
    expect(shown.response.status).toBe(200);
    expect(shown.data).toEqual({ name: '张建国', login: 'zhangjianguo', expiresAt: created.data!.invitation.expiresAt });

    const accepted = await accept(token, '黄河流域生态保护2026');
    expect(accepted.response.status).toBe(200);
    expect(sessionSetCookie(accepted.response)).toMatch(
      /^closeloop_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(accepted.data!.person).toMatchObject({ id: created.data!.id, login: 'zhangjianguo', role: 'leader' });
    const cookie = sessionSetCookie(accepted.response)!.split(';')[0];
    expect((await cookieClient(stack.baseUrl, cookie).GET('/v1/session')).data!.person.id).toBe(created.data!.id);
    const stored = await stack.database.db
      .selectFrom('principals')
      .select('password_hash')
      .where('id', '=', created.data!.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await signIn(stack.baseUrl, 'zhangjianguo', '黄河流域生态保护2026')).person.id).toBe(created.data!.id);

    for (const again of [await invitation(token), await accept(token, 'another password 2026')]) {
      expect({ status: again.response.status, type: again.error?.type }).toEqual({ status: 404, type: '/problems/invitation-invalid' });
    }
    expect((await invitation('no-such-token')).response.status).toBe(404);
  });

  it('refuses a weak password with a field error on password, and keeps the link usable', async () => {
    const created = await create({ name: '周敏', login: 'zhoumin2026', role: 'unit', unitIds: ['hhht-water'] });
    const token = created.data!.invitation.token;
    for (const [password, message] of [
      ['short', 'password must be at least 10 characters'],
      ['九个字的密码不够长', 'password must be at least 10 characters'],
      ['ZhouMin2026', 'password must not be the login'],
    ] as const) {
      const { response, error } = await accept(token, password);
      expect({ status: response.status, type: error?.type, errors: error?.errors }).toEqual({
        status: 422,
        type: '/problems/weak-password',
        errors: [{ field: 'password', message }],
      });
      expect(sessionSetCookie(response)).toBeUndefined();
    }
    expect((await accept(token, 'a long enough one')).response.status).toBe(200);
  });

  it('lets an expired link go (404)', async () => {
    const created = await create({ name: '过期', login: 'expired-link', role: 'unit', unitIds: ['hhht-water'] });
    await sql`update invitations set expires_at = now() - interval '1 second' where principal_id = ${created.data!.id}`.execute(
      stack.database.db,
    );
    const token = created.data!.invitation.token;
    for (const answer of [await invitation(token), await accept(token, 'a long enough one')]) {
      expect({ status: answer.response.status, type: answer.error?.type }).toEqual({ status: 404, type: '/problems/invitation-invalid' });
    }
  });

  it('re-invites (a password reset): the earlier link stops working, the new one sets a new password and ends the old sessions', async () => {
    const person = await newPerson(stack, 'unit', ['hhht-water']);
    const first = await admin.POST('/v1/people/{id}/invitations', { params: { path: { id: person.id } } });
    expect(first.response.status).toBe(201);
    expect(first.response.headers.get('cache-control')).toBe('no-store');
    const second = await admin.POST('/v1/people/{id}/invitations', { params: { path: { id: person.id } } });
    expect((await invitation(first.data!.token)).response.status).toBe(404);
    expect((await accept(second.data!.token, 'a brand new password')).response.status).toBe(200);
    expect((await person.session.as.GET('/v1/session')).response.status).toBe(401);
    expect((await anonymous().POST('/v1/session', { body: { login: person.login, password: person.password } })).response.status).toBe(401);
    expect((await signIn(stack.baseUrl, person.login, 'a brand new password')).person.id).toBe(person.id);
  });

  it('invites nobody disabled (409), and a disabled person’s open link is no longer valid', async () => {
    const created = await create({ name: '停用', login: 'disabled-invitee', role: 'unit', unitIds: ['hhht-water'] });
    const id = created.data!.id;
    expect((await admin.POST('/v1/people/{id}/disable', { params: { path: { id } } })).response.status).toBe(200);
    expect((await invitation(created.data!.invitation.token)).response.status).toBe(404);
    const refused = await admin.POST('/v1/people/{id}/invitations', { params: { path: { id } } });
    expect({ status: refused.response.status, type: refused.error?.type }).toEqual({ status: 409, type: '/problems/person-disabled' });
  });

  it('lists people in pages, and shows a person to themself but not to another', async () => {
    const page = await admin.GET('/v1/people', { params: { query: { limit: 2 } } });
    expect(page.data!.items).toHaveLength(2);
    const next = await admin.GET('/v1/people', { params: { query: { limit: 2, cursor: page.data!.nextCursor! } } });
    expect(next.data!.items[0].id > page.data!.items[1].id).toBe(true);

    const me = await newPerson(stack, 'unit', ['hhht-water']);
    const other = await newPerson(stack, 'unit', ['hhht-water']);
    expect((await me.session.as.GET('/v1/people/{id}', { params: { path: { id: me.id } } })).data!.id).toBe(me.id);
    expect((await me.session.as.GET('/v1/people/{id}', { params: { path: { id: other.id } } })).response.status).toBe(404);
    expect((await me.session.as.GET('/v1/people')).response.status).toBe(403);
  });
});
