import type { Schemas } from '@closeloop/api-client';
import { type RunningStack, startStack } from '../support/running-stack';
import { type ApiClient, createUnits, sendUntyped } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { endOfMonthAhead } from '../support/test-dates';

/** Months ahead of today: the items stay on time whatever day the test runs. */
const DEADLINE = endOfMonthAhead(7);

/** One item from the REST API through its Temporal workflow into the event log and back out of the read model. */
describe('filing an item over HTTP (real Temporal dev server and PostgreSQL)', () => {
  let stack: RunningStack;
  let admin: ApiClient;

  const newItem = (code: string): Schemas['CreateItemDto'] => ({
    planCode: 'HHHT-2026',
    code,
    title: '城市建成区黑臭水体整治',
    finding: '部分黑臭水体整治不彻底，存在返黑返臭现象',
    target: '建成区黑臭水体消除比例达到100%',
    deadline: DEADLINE,
    responsibleUnitId: 'hhht-housing',
    supervisingUnitId: 'hhht-eco',
  });

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-housing', 'baotou'));
    const plan = { id: 'HHHT-2026', title: '呼和浩特市整改方案', sourceInspection: '自治区第一生态环境保护督察组', ownerUnitId: 'hhht' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
  });
  afterAll(() => stack?.stop());

  it('files an item: 201 with the projected item and its version, then reads it back', async () => {
    const created = await admin.POST('/v1/items', { body: newItem('1'), headers: { 'x-request-id': 'req-file-1' } });

    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('x-request-id')).toBe('req-file-1');
    expect(created.data).toMatchObject({
      planCode: 'HHHT-2026',
      code: '1',
      status: 'assigned',
      deadline: DEADLINE,
      target: '建成区黑臭水体消除比例达到100%',
      responsibleUnitId: 'hhht-housing',
      supervisingUnitId: 'hhht-eco',
      version: 2,
    });
    expect(created.response.headers.get('location')).toBe(`/v1/items/${created.data!.id}`);

    const read = await admin.GET('/v1/items/{id}', { params: { path: { id: created.data!.id } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toEqual(created.data);
  });

  it('records the item log: filed then assigned, each with who, which role and which request', async () => {
    const item = (await admin.POST('/v1/items', { body: newItem('2'), headers: { 'x-request-id': 'req-file-2' } })).data!;
    const { response, data: body } = await admin.GET('/v1/items/{id}/events', { params: { path: { id: item.id } } });

    expect(response.status).toBe(200);
    expect(body!.items.map((e) => [e.version, e.type])).toEqual([
      [1, 'ItemFiled'],
      [2, 'ItemAssigned'],
    ]);
    for (const event of body!.items) {
      expect(event.metadata).toMatchObject({ role: 'admin', requestId: 'req-file-2' });
      expect(event.metadata.actorId).toEqual(expect.any(String));
    }
    expect(body!.items[0].data).toMatchObject({ code: '2', finding: newItem('2').finding });
    expect(body!.items[1].data).toMatchObject({ responsibleUnitId: 'hhht-housing', supervisingUnitId: 'hhht-eco' });
  });

  it('answers a repeated request with the same Idempotency-Key with the same item and creates nothing', async () => {
    const headers = { 'idempotency-key': 'import-row-3' };
    const first = await admin.POST('/v1/items', { body: newItem('3'), headers });
    const again = await admin.POST('/v1/items', { body: newItem('3'), headers });

    expect(again.response.status).toBe(201);
    expect(again.data).toEqual(first.data);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    const events = await admin.GET('/v1/items/{id}/events', { params: { path: { id: first.data!.id } } });
    expect(events.data!.items).toHaveLength(2);
  });

  it('refuses the same Idempotency-Key with a different body (422) and a second filing of the same code (409)', async () => {
    const headers = { 'idempotency-key': 'key-4' };
    await admin.POST('/v1/items', { body: newItem('4'), headers });

    const reused = await admin.POST('/v1/items', { body: { ...newItem('4'), title: 'changed' }, headers });
    expect(reused.response.status).toBe(422);
    expect(reused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const twin = await admin.POST('/v1/items', { body: newItem('4') });
    expect(twin.response.status).toBe(409);
    expect(twin.error).toMatchObject({ status: 409, type: '/problems/already-filed' });
    expect(twin.error!.detail).toContain('already filed');
  });

  it('answers a malformed body with 400 problem+json naming each bad field', async () => {
    const { planCode, title, ...rest } = newItem('5');
    // Two required fields left out and one the document does not have (`colour`): only plain fetch sends that.
    const bad = await sendUntyped(stack.baseUrl, 'POST', '/v1/items', {
      key: stack.adminKey,
      body: JSON.stringify({ ...rest, deadline: '30/06/2027', code: '', colour: 'red' }),
    });

    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect([...fields].sort()).toEqual(['code', 'colour', 'deadline', 'planCode', 'title']);
    expect(bad.body.errors).toContainEqual({ field: 'title', message: 'title is required' });
    expect(bad.body.errors).toContainEqual({ field: 'deadline', message: 'deadline must be a date as YYYY-MM-DD' });
    expect(bad.body.errors).toContainEqual({ field: 'colour', message: 'property colour should not exist' });

    // @ts-expect-error a title is a string: the API answers 400
    const wrongType = await admin.POST('/v1/items', { body: { ...newItem('5'), title: 42 } });
    expect(wrongType.response.status).toBe(400);
    expect(wrongType.error!.errors).toEqual([{ field: 'title', message: 'title must be a string' }]);
    expect(bad.body).toMatchObject({ status: 400, title: expect.any(String), type: '/problems/validation' });
  });

  it('answers broken JSON and an impossible date with 400/422, never 500', async () => {
    const broken = await sendUntyped(stack.baseUrl, 'POST', '/v1/items', { key: stack.adminKey, body: '{"planCode": "HHHT-2026",' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const impossible = await admin.POST('/v1/items', { body: { ...newItem('6'), deadline: '2027-02-30' } });
    expect(impossible.response.status).toBe(422);
    expect(impossible.error!.type).toBe('/problems/bad-deadline');

    const unknownUnit = await admin.POST('/v1/items', { body: { ...newItem('7'), responsibleUnitId: 'nowhere' } });
    expect(unknownUnit.response.status).toBe(422);
    expect(unknownUnit.error!.errors).toEqual([{ field: 'responsibleUnitId', message: 'unit nowhere does not exist' }]);
  });

  it('answers an unknown item id with 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const missing = await admin.GET('/v1/items/{id}', { params: { path: { id } } });
      expect(missing.response.status).toBe(404);
      expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await admin.GET('/v1/items/{id}/events', { params: { path: { id } } })).response.status).toBe(404);
    }
  });

  it('answers a missing or wrong API key with 401', async () => {
    const missing = await stack.client().GET('/v1/units');
    expect(missing.response.status).toBe(401);
    expect(missing.response.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.error).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    const wrong = stack.client('cl_wrong');
    expect((await wrong.POST('/v1/items', { body: newItem('8') })).response.status).toBe(401);
    expect((await wrong.GET('/v1/items/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } })).response.status).toBe(
      401,
    );
  });

  it('shows an item only within the caller scope: 404 outside it, and units may not file items (403)', async () => {
    const item = (await admin.POST('/v1/items', { body: newItem('9') })).data!;
    const housing = stack.client(await stack.keyFor('unit', ['hhht-housing']));
    const cityLeader = stack.client(await stack.keyFor('leader', ['hhht']));
    const baotou = stack.client(await stack.keyFor('leader', ['baotou']));
    const onItem = { params: { path: { id: item.id } } };

    expect((await housing.GET('/v1/items/{id}', onItem)).response.status).toBe(200);
    expect((await cityLeader.GET('/v1/items/{id}', onItem)).response.status).toBe(200);
    expect((await baotou.GET('/v1/items/{id}', onItem)).response.status).toBe(404);
    expect((await baotou.GET('/v1/items/{id}/events', onItem)).response.status).toBe(404);
    expect((await housing.POST('/v1/items', { body: newItem('10') })).response.status).toBe(403);
    expect((await housing.GET('/v1/units')).response.status).toBe(403);
  });

  it('lists units for an admin, page by page', async () => {
    const first = await admin.GET('/v1/units', { params: { query: { limit: 2 } } });
    expect(first.response.status).toBe(200);
    expect(first.data!.items.map((u) => u.id)).toEqual(['baotou', 'hhht']);
    const second = await admin.GET('/v1/units', { params: { query: { limit: 2, cursor: first.data!.nextCursor! } } });
    expect(second.data!.items.map((u) => u.id)).toEqual(['hhht-eco', 'hhht-housing']);
  });
});
