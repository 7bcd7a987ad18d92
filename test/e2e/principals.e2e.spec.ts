import { hashApiKey } from '@closeloop/api';
import type { Schemas } from '@closeloop/api-client';
import { type ApiClient, createUnits } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

type Principal = Schemas['PrincipalDto'];

/** Principals over the API: a key shown once, stored as a hash, revoked and rotated with immediate effect. */
describe('principals over HTTP', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  const works = async (key: string) => (await stack.client(key).GET('/v1/me/channels')).response.status;

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, [
      { id: 'city', name: '市人民政府', kind: 'plan_owner' },
      { id: 'city-water', name: '市水务局', kind: 'department', parentId: 'city' },
    ]);
  });
  afterAll(() => stack?.stop());

  const create = (body: Schemas['CreatePrincipalDto'], as = admin) => as.POST('/v1/principals', { body });
  const show = (id: string, as = admin) => as.GET('/v1/principals/{id}', { params: { path: { id } } });
  const revoke = (id: string, as = admin) => as.DELETE('/v1/principals/{id}', { params: { path: { id } } });
  const rotate = (id: string, as = admin) => as.POST('/v1/principals/{id}/key', { params: { path: { id } } });

  it('creates a principal and shows its key once; only the hash is stored', async () => {
    const created = await create({ name: '市水务局联络员', role: 'unit', unitIds: ['city-water'] });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('location')).toBe(`/v1/principals/${created.data!.id}`);
    expect(created.data).toEqual({
      id: expect.any(String),
      name: '市水务局联络员',
      role: 'unit',
      unitIds: ['city-water'],
      createdAt: expect.any(String),
      revokedAt: null,
      key: expect.stringMatching(/^cl_[A-Za-z0-9_-]{43}$/),
    });
    expect(await works(created.data!.key)).toBe(200);
    const row = await stack.database.db.selectFrom('principals').selectAll().where('id', '=', created.data!.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashApiKey(created.data!.key));

    const shown = await show(created.data!.id);
    expect(shown.response.status).toBe(200);
    expect(shown.data).not.toHaveProperty('key');
    expect(JSON.stringify(shown.data)).not.toContain(row.key_hash);
  });

  it('creates an admin without units, but no other role', async () => {
    expect((await create({ name: '系统管理员', role: 'admin', unitIds: [] })).response.status).toBe(201);
    const noScope = await create({ name: '无单位', role: 'leader', unitIds: [] });
    expect(noScope.response.status).toBe(422);
    expect(noScope.error).toMatchObject({
      type: '/problems/scope-required',
      errors: [{ field: 'unitIds', message: 'a leader needs at least one unit' }],
    });
  });

  it('names each unknown unit (422) and refuses a bad shape (400)', async () => {
    const unknown = await create({ name: 'x', role: 'supervisor', unitIds: ['nowhere', 'city', 'elsewhere'] });
    expect(unknown.response.status).toBe(422);
    expect(unknown.error!.errors).toEqual([
      { field: 'unitIds[0]', message: 'unit nowhere does not exist' },
      { field: 'unitIds[2]', message: 'unit elsewhere does not exist' },
    ]);
    // @ts-expect-error there is no role 'mayor': the API answers 400
    const badRole = await create({ name: 'x', role: 'mayor', unitIds: ['city'] });
    expect(badRole.response.status).toBe(400);
    expect(badRole.error!.errors!.map((e) => e.field)).toEqual(['role']);
    // @ts-expect-error name and unitIds left out: the API answers 400
    const missing = await create({ role: 'unit' });
    expect(missing.response.status).toBe(400);
    expect(missing.error!.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name is required' },
        { field: 'unitIds', message: 'unitIds is required' },
      ]),
    );
    expect((await create({ name: 'x', role: 'unit', unitIds: ['city', 'city'] })).response.status).toBe(400);
  });

  it('lists principals page by page, never with keys or hashes; admin only', async () => {
    const all: Principal[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.GET('/v1/principals', { params: { query: { limit: 2, cursor } } });
      expect(page.response.status).toBe(200);
      all.push(...page.data!.items);
      cursor = page.data!.nextCursor ?? undefined;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort());
    for (const p of all) expect(Object.keys(p).sort()).toEqual(['createdAt', 'id', 'name', 'revokedAt', 'role', 'unitIds']);
    const unit = stack.client((await create({ name: 'u', role: 'unit', unitIds: ['city-water'] })).data!.key);
    expect((await unit.GET('/v1/principals')).response.status).toBe(403);
    expect((await admin.GET('/v1/principals', { params: { query: { cursor: 'garbage!' } } })).response.status).toBe(400);
  });

  it('shows a principal to an admin and to itself, 404 to anyone else', async () => {
    const a = (await create({ name: 'a', role: 'leader', unitIds: ['city'] })).data!;
    const b = (await create({ name: 'b', role: 'leader', unitIds: ['city'] })).data!;
    const asA = stack.client(a.key);
    expect((await show(a.id, asA)).response.status).toBe(200);
    expect((await show(b.id, asA)).response.status).toBe(404);
    expect((await show(b.id)).response.status).toBe(200);
    expect((await show('00000000-0000-4000-8000-000000000000')).response.status).toBe(404);
    expect((await show('not-a-uuid')).response.status).toBe(404);
  });

  it('revokes: 204, the key is refused at once (401), revoking again keeps the first time', async () => {
    const p = (await create({ name: 'leaving', role: 'integrator', unitIds: ['city'] })).data!;
    expect(await works(p.key)).toBe(200);
    expect((await revoke(p.id, stack.client(p.key))).response.status).toBe(403);
    const revoked = await revoke(p.id);
    expect(revoked.response.status).toBe(204);
    expect(revoked.data).toBeUndefined();
    expect(await works(p.key)).toBe(401);
    const first = (await show(p.id)).data!.revokedAt;
    expect(first).toEqual(expect.any(String));
    expect((await revoke(p.id)).response.status).toBe(204);
    expect((await show(p.id)).data!.revokedAt).toBe(first);
    expect((await revoke('00000000-0000-4000-8000-000000000000')).response.status).toBe(404);
    // A revoked principal gets no new key either.
    const again = await rotate(p.id);
    expect(again.response.status).toBe(409);
    expect(again.error!.type).toBe('/problems/principal-revoked');
  });

  it('rotates a key (by itself or an admin): the new key shown once, the old one refused at once', async () => {
    const p = (await create({ name: 'rotating', role: 'supervisor', unitIds: ['city-water'] })).data!;
    const other = (await create({ name: 'other', role: 'supervisor', unitIds: ['city-water'] })).data!;
    expect((await rotate(other.id, stack.client(p.key))).response.status).toBe(404);

    const own = await rotate(p.id, stack.client(p.key));
    expect(own.response.status).toBe(200);
    expect(own.data).toMatchObject({ id: p.id, role: 'supervisor', unitIds: ['city-water'], key: expect.stringMatching(/^cl_/) });
    expect(own.data!.key).not.toBe(p.key);
    expect(await works(p.key)).toBe(401);
    expect(await works(own.data!.key)).toBe(200);

    const byAdmin = await rotate(p.id);
    expect(byAdmin.response.status).toBe(200);
    expect(await works(own.data!.key)).toBe(401);
    expect(await works(byAdmin.data!.key)).toBe(200);
    expect((await rotate('00000000-0000-4000-8000-000000000000')).response.status).toBe(404);
  });

  it('needs a key for everything (401 without one)', async () => {
    const anonymous = stack.client();
    expect((await anonymous.GET('/v1/principals')).response.status).toBe(401);
    expect((await create({ name: 'x', role: 'admin', unitIds: [] }, anonymous)).response.status).toBe(401);
  });
});
