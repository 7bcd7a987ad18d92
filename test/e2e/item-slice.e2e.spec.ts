import { type RunningStack, startStack } from '../support/running-stack';
import { apiClient } from '../support/http';
import { endOfMonthAhead } from '../support/test-dates';

/** Months ahead of today: the items stay on time whatever day the test runs. */
const DEADLINE = endOfMonthAhead(7);

/** One item from the REST API through its Temporal workflow into the event log and back out of the read model. */
describe('filing an item over HTTP (real Temporal dev server and PostgreSQL)', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;
  let admin: string;

  const newItem = (code: string) => ({
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
    call = apiClient(stack.baseUrl);
    admin = stack.adminKey;
    for (const unit of [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
      { id: 'hhht-housing', name: '呼和浩特市住房和城乡建设局', kind: 'department', parentId: 'hhht' },
      { id: 'baotou', name: '包头市人民政府', kind: 'plan_owner' },
    ]) {
      expect((await call('POST', '/v1/units', { key: admin, body: unit })).status).toBe(201);
    }
    const plan = { id: 'HHHT-2026', title: '呼和浩特市整改方案', sourceInspection: '自治区第一生态环境保护督察组', ownerUnitId: 'hhht' };
    expect((await call('POST', '/v1/plans', { key: admin, body: plan })).status).toBe(201);
  });
  afterAll(() => stack?.stop());

  it('files an item: 201 with the projected item and its version, then reads it back', async () => {
    const created = await call('POST', '/v1/items', { key: admin, body: newItem('1'), headers: { 'x-request-id': 'req-file-1' } });

    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('req-file-1');
    expect(created.body).toMatchObject({
      planCode: 'HHHT-2026',
      code: '1',
      status: 'assigned',
      deadline: DEADLINE,
      target: '建成区黑臭水体消除比例达到100%',
      responsibleUnitId: 'hhht-housing',
      supervisingUnitId: 'hhht-eco',
      version: 2,
    });
    expect(created.headers.get('location')).toBe(`/v1/items/${created.body.id}`);

    const read = await call('GET', `/v1/items/${created.body.id}`, { key: admin });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('records the item log: filed then assigned, each with who, which role and which request', async () => {
    const { body: item } = await call('POST', '/v1/items', { key: admin, body: newItem('2'), headers: { 'x-request-id': 'req-file-2' } });
    const { status, body } = await call('GET', `/v1/items/${item.id}/events`, { key: admin });

    expect(status).toBe(200);
    expect(body.items.map((e: any) => [e.version, e.type])).toEqual([
      [1, 'ItemFiled'],
      [2, 'ItemAssigned'],
    ]);
    for (const event of body.items) {
      expect(event.metadata).toMatchObject({ role: 'admin', requestId: 'req-file-2' });
      expect(event.metadata.actorId).toEqual(expect.any(String));
    }
    expect(body.items[0].data).toMatchObject({ code: '2', finding: newItem('2').finding });
    expect(body.items[1].data).toMatchObject({ responsibleUnitId: 'hhht-housing', supervisingUnitId: 'hhht-eco' });
  });

  it('answers a repeated request with the same Idempotency-Key with the same item and creates nothing', async () => {
    const headers = { 'idempotency-key': 'import-row-3' };
    const first = await call('POST', '/v1/items', { key: admin, body: newItem('3'), headers });
    const again = await call('POST', '/v1/items', { key: admin, body: newItem('3'), headers });

    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const events = await call('GET', `/v1/items/${first.body.id}/events`, { key: admin });
    expect(events.body.items).toHaveLength(2);
  });

  it('refuses the same Idempotency-Key with a different body (422) and a second filing of the same code (409)', async () => {
    const headers = { 'idempotency-key': 'key-4' };
    await call('POST', '/v1/items', { key: admin, body: newItem('4'), headers });

    const reused = await call('POST', '/v1/items', { key: admin, body: { ...newItem('4'), title: 'changed' }, headers });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const twin = await call('POST', '/v1/items', { key: admin, body: newItem('4') });
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ status: 409, type: '/problems/already-filed' });
    expect(twin.body.detail).toContain('already filed');
  });

  it('answers a malformed body with 400 problem+json naming each bad field', async () => {
    const { planCode, title, ...rest } = newItem('5');
    const bad = await call('POST', '/v1/items', {
      key: admin,
      body: { ...rest, deadline: '30/06/2027', code: '', colour: 'red' },
    });

    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect([...fields].sort()).toEqual(['code', 'colour', 'deadline', 'planCode', 'title']);
    expect(bad.body.errors).toContainEqual({ field: 'title', message: 'title is required' });
    expect(bad.body.errors).toContainEqual({ field: 'deadline', message: 'deadline must be a date as YYYY-MM-DD' });
    expect(bad.body.errors).toContainEqual({ field: 'colour', message: 'property colour should not exist' });

    const wrongType = await call('POST', '/v1/items', { key: admin, body: { ...newItem('5'), title: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors).toEqual([{ field: 'title', message: 'title must be a string' }]);
    expect(bad.body).toMatchObject({ status: 400, title: expect.any(String), type: '/problems/validation' });
  });

  it('answers broken JSON and an impossible date with 400/422, never 500', async () => {
    const broken = await call('POST', '/v1/items', { key: admin, rawBody: '{"planCode": "HHHT-2026",' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const impossible = await call('POST', '/v1/items', { key: admin, body: { ...newItem('6'), deadline: '2027-02-30' } });
    expect(impossible.status).toBe(422);
    expect(impossible.body.type).toBe('/problems/bad-deadline');

    const unknownUnit = await call('POST', '/v1/items', { key: admin, body: { ...newItem('7'), responsibleUnitId: 'nowhere' } });
    expect(unknownUnit.status).toBe(422);
    expect(unknownUnit.body.errors).toEqual([{ field: 'responsibleUnitId', message: 'unit nowhere does not exist' }]);
  });

  it('answers an unknown item id with 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const missing = await call('GET', `/v1/items/${id}`, { key: admin });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await call('GET', `/v1/items/${id}/events`, { key: admin })).status).toBe(404);
    }
  });

  it('answers a missing or wrong API key with 401', async () => {
    const missing = await call('GET', '/v1/units');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.body).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    expect((await call('POST', '/v1/items', { key: 'cl_wrong', body: newItem('8') })).status).toBe(401);
    expect((await call('GET', '/v1/items/00000000-0000-4000-8000-000000000000', { key: 'cl_wrong' })).status).toBe(401);
  });

  it('shows an item only within the caller scope: 404 outside it, and units may not file items (403)', async () => {
    const { body: item } = await call('POST', '/v1/items', { key: admin, body: newItem('9') });
    const housing = await stack.keyFor('unit', ['hhht-housing']);
    const cityLeader = await stack.keyFor('leader', ['hhht']);
    const baotou = await stack.keyFor('leader', ['baotou']);

    expect((await call('GET', `/v1/items/${item.id}`, { key: housing })).status).toBe(200);
    expect((await call('GET', `/v1/items/${item.id}`, { key: cityLeader })).status).toBe(200);
    expect((await call('GET', `/v1/items/${item.id}`, { key: baotou })).status).toBe(404);
    expect((await call('GET', `/v1/items/${item.id}/events`, { key: baotou })).status).toBe(404);
    expect((await call('POST', '/v1/items', { key: housing, body: newItem('10') })).status).toBe(403);
    expect((await call('GET', '/v1/units', { key: housing })).status).toBe(403);
  });

  it('lists units for an admin, page by page', async () => {
    const first = await call('GET', '/v1/units?limit=2', { key: admin });
    expect(first.status).toBe(200);
    expect(first.body.items.map((u: { id: string }) => u.id)).toEqual(['baotou', 'hhht']);
    const second = await call('GET', `/v1/units?limit=2&cursor=${first.body.nextCursor}`, { key: admin });
    expect(second.body.items.map((u: { id: string }) => u.id)).toEqual(['hhht-eco', 'hhht-housing']);
  });
});
