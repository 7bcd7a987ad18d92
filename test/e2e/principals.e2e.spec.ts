import { hashApiKey } from '@closeloop/api';
import { apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';

/** Principals over the API: a key shown once, stored as a hash, revoked and rotated with immediate effect. */
describe('principals over HTTP', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  const works = async (key: string) => (await call('GET', '/v1/me/channels', { key })).status;

  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    admin = stack.adminKey;
    for (const unit of [
      { id: 'city', name: '市人民政府', kind: 'plan_owner' },
      { id: 'city-water', name: '市水务局', kind: 'department', parentId: 'city' },
    ]) {
      expect((await call('POST', '/v1/units', { key: admin, body: unit })).status).toBe(201);
    }
  });
  afterAll(() => stack?.stop());

  const create = (body: unknown, key = admin) => call('POST', '/v1/principals', { key, body });

  it('creates a principal and shows its key once; only the hash is stored', async () => {
    const created = await create({ name: '市水务局联络员', role: 'unit', unitIds: ['city-water'] });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/principals/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: '市水务局联络员',
      role: 'unit',
      unitIds: ['city-water'],
      createdAt: expect.any(String),
      revokedAt: null,
      key: expect.stringMatching(/^cl_[A-Za-z0-9_-]{43}$/),
    });
    expect(await works(created.body.key)).toBe(200);
    const row = await stack.database.db.selectFrom('principals').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashApiKey(created.body.key));

    const shown = await call('GET', `/v1/principals/${created.body.id}`, { key: admin });
    expect(shown.status).toBe(200);
    expect(shown.body).not.toHaveProperty('key');
    expect(JSON.stringify(shown.body)).not.toContain(row.key_hash);
  });

  it('creates an admin without units, but no other role', async () => {
    expect((await create({ name: '系统管理员', role: 'admin', unitIds: [] })).status).toBe(201);
    const noScope = await create({ name: '无单位', role: 'leader', unitIds: [] });
    expect(noScope.status).toBe(422);
    expect(noScope.body).toMatchObject({
      type: '/problems/scope-required',
      errors: [{ field: 'unitIds', message: 'a leader needs at least one unit' }],
    });
  });

  it('names each unknown unit (422) and refuses a bad shape (400)', async () => {
    const unknown = await create({ name: 'x', role: 'supervisor', unitIds: ['nowhere', 'city', 'elsewhere'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      { field: 'unitIds[0]', message: 'unit nowhere does not exist' },
      { field: 'unitIds[2]', message: 'unit elsewhere does not exist' },
    ]);
    const badRole = await create({ name: 'x', role: 'mayor', unitIds: ['city'] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors.map((e: any) => e.field)).toEqual(['role']);
    const missing = await create({ role: 'unit' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name is required' },
        { field: 'unitIds', message: 'unitIds is required' },
      ]),
    );
    expect((await create({ name: 'x', role: 'unit', unitIds: ['city', 'city'] })).status).toBe(400);
  });

  it('lists principals page by page, never with keys or hashes; admin only', async () => {
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call('GET', `/v1/principals?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key: admin });
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort());
    for (const p of all) expect(Object.keys(p).sort()).toEqual(['createdAt', 'id', 'name', 'revokedAt', 'role', 'unitIds']);
    const unit = (await create({ name: 'u', role: 'unit', unitIds: ['city-water'] })).body.key;
    expect((await call('GET', '/v1/principals', { key: unit })).status).toBe(403);
    expect((await call('GET', '/v1/principals?cursor=garbage!', { key: admin })).status).toBe(400);
  });

  it('shows a principal to an admin and to itself, 404 to anyone else', async () => {
    const a = (await create({ name: 'a', role: 'leader', unitIds: ['city'] })).body;
    const b = (await create({ name: 'b', role: 'leader', unitIds: ['city'] })).body;
    expect((await call('GET', `/v1/principals/${a.id}`, { key: a.key })).status).toBe(200);
    expect((await call('GET', `/v1/principals/${b.id}`, { key: a.key })).status).toBe(404);
    expect((await call('GET', `/v1/principals/${b.id}`, { key: admin })).status).toBe(200);
    expect((await call('GET', '/v1/principals/00000000-0000-4000-8000-000000000000', { key: admin })).status).toBe(404);
    expect((await call('GET', '/v1/principals/not-a-uuid', { key: admin })).status).toBe(404);
  });

  it('revokes: 204, the key is refused at once (401), revoking again keeps the first time', async () => {
    const p = (await create({ name: 'leaving', role: 'integrator', unitIds: ['city'] })).body;
    expect(await works(p.key)).toBe(200);
    expect((await call('DELETE', `/v1/principals/${p.id}`, { key: p.key })).status).toBe(403);
    const revoked = await call('DELETE', `/v1/principals/${p.id}`, { key: admin });
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeUndefined();
    expect(await works(p.key)).toBe(401);
    const first = (await call('GET', `/v1/principals/${p.id}`, { key: admin })).body.revokedAt;
    expect(first).toEqual(expect.any(String));
    expect((await call('DELETE', `/v1/principals/${p.id}`, { key: admin })).status).toBe(204);
    expect((await call('GET', `/v1/principals/${p.id}`, { key: admin })).body.revokedAt).toBe(first);
    expect((await call('DELETE', '/v1/principals/00000000-0000-4000-8000-000000000000', { key: admin })).status).toBe(404);
    // A revoked principal gets no new key either.
    const rotate = await call('POST', `/v1/principals/${p.id}/key`, { key: admin });
    expect(rotate.status).toBe(409);
    expect(rotate.body.type).toBe('/problems/principal-revoked');
  });

  it('rotates a key (by itself or an admin): the new key shown once, the old one refused at once', async () => {
    const p = (await create({ name: 'rotating', role: 'supervisor', unitIds: ['city-water'] })).body;
    const other = (await create({ name: 'other', role: 'supervisor', unitIds: ['city-water'] })).body;
    expect((await call('POST', `/v1/principals/${other.id}/key`, { key: p.key })).status).toBe(404);

    const own = await call('POST', `/v1/principals/${p.id}/key`, { key: p.key });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: p.id, role: 'supervisor', unitIds: ['city-water'], key: expect.stringMatching(/^cl_/) });
    expect(own.body.key).not.toBe(p.key);
    expect(await works(p.key)).toBe(401);
    expect(await works(own.body.key)).toBe(200);

    const byAdmin = await call('POST', `/v1/principals/${p.id}/key`, { key: admin });
    expect(byAdmin.status).toBe(200);
    expect(await works(own.body.key)).toBe(401);
    expect(await works(byAdmin.body.key)).toBe(200);
    expect((await call('POST', '/v1/principals/00000000-0000-4000-8000-000000000000/key', { key: admin })).status).toBe(404);
  });

  it('needs a key for everything (401 without one)', async () => {
    expect((await call('GET', '/v1/principals')).status).toBe(401);
    expect((await call('POST', '/v1/principals', { body: { name: 'x', role: 'admin', unitIds: [] } })).status).toBe(401);
  });
});
