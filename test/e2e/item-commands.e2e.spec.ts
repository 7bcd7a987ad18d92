import { ItemLife, fullLife, lifeDates, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

/** What callers see when a command is refused, and how items are listed and counted. */
describe('item commands over HTTP: refusals, If-Match, idempotency, lists and plan counts', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let other: string;
  const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/p.jpg' };

  beforeAll(async () => {
    stack = await startStack();
    life = new ItemLife(stack, 'CMD-2026', '1');
    await life.setUp();
    await runStep(life, fullLife[0], []);
    other = (await life.call('POST', '/v1/units', { key: life.keys.admin, body: { id: 'baotou', name: '包头市人民政府', kind: 'plan_owner' } })).body.id;
  });
  afterAll(() => stack?.stop());

  it('refuses a command from the wrong role with 403 and the reason', async () => {
    const bySupervisor = await life.call('POST', `/v1/items/${life.itemId}/acknowledgement`, { key: life.keys.supervisor, body: {} });
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body).toMatchObject({ type: '/problems/not-responsible-unit', status: 403 });
    expect(bySupervisor.body.detail).toContain('only the responsible unit (hhht-water)');
  });

  it('refuses a command in the wrong state with 409, and writes nothing', async () => {
    const before = (await life.events()).length;
    const early = await life.call('POST', `/v1/items/${life.itemId}/progress-reports`, { key: life.keys.unit, body: { percent: 10 } });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ type: '/problems/wrong-status', detail: 'cannot report progress while the item is assigned' });
    expect(await life.events()).toHaveLength(before);
  });

  it('honours If-Match: 412 on a stale version, 200 on the current one, 400 on garbage', async () => {
    const stale = await life.call('POST', `/v1/items/${life.itemId}/acknowledgement`, { key: life.keys.unit, body: {}, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('/problems/version-mismatch');
    const garbage = await life.call('POST', `/v1/items/${life.itemId}/acknowledgement`, { key: life.keys.unit, body: {}, headers: { 'if-match': 'yesterday' } });
    expect(garbage.status).toBe(400);
    const current = await life.call('POST', `/v1/items/${life.itemId}/acknowledgement`, { key: life.keys.unit, body: {}, headers: { 'if-match': '"2"' } });
    expect(current.status).toBe(200);
    expect(current.headers.get('etag')).toBe('"3"');
    expect(current.body).toMatchObject({ status: 'in_progress', version: 3 });
  });

  it('records a retried progress report with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': 'report-week-47' };
    const first = await life.call('POST', `/v1/items/${life.itemId}/progress-reports`, { key: life.keys.unit, body: { percent: 30, note: '第47周' }, headers });
    const again = await life.call('POST', `/v1/items/${life.itemId}/progress-reports`, { key: life.keys.unit, body: { percent: 30, note: '第47周' }, headers });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
    expect((await life.events()).filter((e) => e.type === 'ProgressReported')).toHaveLength(1);
  });

  it('refuses invalid commands with 400 (shape) or 422 (rules), naming the problem', async () => {
    const tooMuch = await life.call('POST', `/v1/items/${life.itemId}/progress-reports`, { key: life.keys.unit, body: { percent: 150 } });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors).toEqual([{ field: 'percent', message: 'percent must not be greater than 100' }]);

    const earlier = await life.call('POST', `/v1/items/${life.itemId}/extension-requests`, { key: life.keys.unit, body: { proposedDeadline: lifeDates.milestone, reason: '来不及' } });
    expect(earlier.status).toBe(422);
    expect(earlier.body.type).toBe('/problems/not-later');

    const noPhoto = await life.call('POST', `/v1/items/${life.itemId}/closure-requests`, {
      key: life.keys.unit,
      body: { evidence: [{ kind: 'document', ref: 'doc-1' }] },
    });
    expect(noPhoto.status).toBe(422);
    expect(noPhoto.body).toMatchObject({ type: '/problems/evidence-missing', detail: 'the policy requires evidence of kind photo' });
  });

  it('refuses a rejection without reasons (422) and accepts one with reasons', async () => {
    expect(await life.post('unit', '/closure-requests', { evidence: [photo] })).toBe(200);
    const bare = await life.call('POST', `/v1/items/${life.itemId}/verification`, { key: life.keys.supervisor, body: { accept: false } });
    expect(bare.status).toBe(422);
    expect(bare.body.type).toBe('/problems/reasons-required');
    expect(await life.post('supervisor', '/verification', { accept: false, reasons: ['证据不足'] })).toBe(200);
  });

  it('lists items by plan, status and light, page by page, only within the caller scope', async () => {
    const second = new ItemLife(stack, 'CMD-2026', '2');
    await second.setUp();
    await runStep(second, fullLife[0], []);
    const admin = life.keys.admin;

    const inProgress = await life.call('GET', '/v1/items?plan=CMD-2026&status=in_progress', { key: admin });
    expect(inProgress.body.items.map((i: any) => i.id)).toEqual([life.itemId]);
    // The page PostgreSQL writes as text: JSON, and each item the same as the item's own view.
    expect(inProgress.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(inProgress.body).toEqual({ items: [await life.item()], nextCursor: null });
    const assigned = await life.call('GET', '/v1/items?plan=CMD-2026&status=assigned&light=green&overdue=false', { key: admin });
    expect(assigned.body.items.map((i: any) => i.id)).toEqual([second.itemId]);
    expect((await life.call('GET', '/v1/items?light=red', { key: admin })).body.items).toEqual([]);

    const page1 = await life.call('GET', '/v1/items?plan=CMD-2026&limit=1', { key: admin });
    const page2 = await life.call('GET', `/v1/items?plan=CMD-2026&limit=1&cursor=${page1.body.nextCursor}`, { key: admin });
    expect([...page1.body.items, ...page2.body.items].map((i: any) => i.id)).toEqual([life.itemId, second.itemId]);
    expect(page2.body.nextCursor).toBeNull();

    const outsider = await stack.keyFor('leader', [other]);
    expect((await life.call('GET', '/v1/items?plan=CMD-2026', { key: outsider })).body.items).toEqual([]);
    expect((await life.call('GET', '/v1/items?status=nonsense', { key: admin })).status).toBe(400);
  });

  it('shows a plan with its counts to an admin or a leader over its owner, 404 to others', async () => {
    const plan = await life.call('GET', '/v1/plans/CMD-2026', { key: life.keys.admin });
    expect(plan.status).toBe(200);
    expect(plan.body.counts).toMatchObject({ total: 2, byStatus: { in_progress: 1, assigned: 1 }, byLight: { green: 2 }, overdue: 0 });
    expect(plan.body.policy).toMatchObject({ revisitAfter: ['PT2S'], requiredEvidenceKinds: ['photo'] });

    const cityLeader = await stack.keyFor('leader', ['hhht']);
    expect((await life.call('GET', '/v1/plans/CMD-2026', { key: cityLeader })).status).toBe(200);
    expect((await life.call('GET', '/v1/plans/CMD-2026', { key: await stack.keyFor('leader', [other]) })).status).toBe(404);
    expect((await life.call('GET', '/v1/plans/CMD-2026', { key: life.keys.unit })).status).toBe(403);
  });

  it('refuses a plan with a bad policy (400) and an existing id (409)', async () => {
    const bad = await life.call('POST', '/v1/plans', {
      key: life.keys.admin,
      body: { id: 'BAD', title: 't', sourceInspection: 's', ownerUnitId: 'hhht', policy: { revisitAfter: ['3 months'], colour: 'red' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'policy.colour', message: 'is not a policy setting' },
        { field: 'policy.revisitAfter[0]', message: 'must be an ISO 8601 duration such as P7D' },
      ]),
    );
    const twin = await life.call('POST', '/v1/plans', { key: life.keys.admin, body: { id: 'CMD-2026', title: 't', sourceInspection: 's', ownerUnitId: 'hhht' } });
    expect(twin.status).toBe(409);
  });

  it('reassigns by a leader with a reason, to a unit in its scope: the new unit must acknowledge, the old one no longer sees it', async () => {
    const leader = await stack.keyFor('leader', ['hhht']);
    const noReason = await life.call('POST', `/v1/items/${life.itemId}/reassignment`, { key: leader, body: { responsibleUnitId: 'hhht-eco' } });
    expect(noReason.status).toBe(400);
    const nowhere = await life.call('POST', `/v1/items/${life.itemId}/reassignment`, { key: leader, body: { responsibleUnitId: 'nowhere', reason: '调整' } });
    expect(nowhere.status).toBe(422);
    // A leader over the responsible unit alone hands the item only to a unit in that scope, as when filing.
    const waterLeader = await stack.keyFor('leader', ['hhht-water']);
    const outside = await life.call('POST', `/v1/items/${life.itemId}/reassignment`, { key: waterLeader, body: { responsibleUnitId: 'hhht-eco', reason: '调整' } });
    expect(outside.status).toBe(422);
    expect(outside.body).toMatchObject({ type: '/problems/unknown-unit', errors: [{ field: 'responsibleUnitId', message: 'unit hhht-eco does not exist in your scope' }] });
    const moved = await life.call('POST', `/v1/items/${life.itemId}/reassignment`, { key: leader, body: { responsibleUnitId: 'hhht-eco', reason: '职责调整' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'assigned', responsibleUnitId: 'hhht-eco' });
    const events = await life.events();
    expect(events.at(-1)).toMatchObject({ type: 'ItemReassigned', data: { fromUnitId: 'hhht-water', toUnitId: 'hhht-eco', reason: '职责调整' }, metadata: { role: 'leader', reason: '职责调整' } });
    expect((await life.call('GET', `/v1/items/${life.itemId}`, { key: life.keys.unit })).status).toBe(404);
  });
});
