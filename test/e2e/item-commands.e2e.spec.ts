import { sendUntyped } from '../support/api';
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
    other = (await life.as.admin.POST('/v1/units', { body: { id: 'baotou', name: '包头市人民政府', kind: 'plan_owner' } })).data!.id;
  });
  afterAll(() => stack?.stop());

  it('refuses a command from the wrong role with 403 and the reason', async () => {
    const bySupervisor = await life.as.supervisor.POST('/v1/items/{id}/acknowledgement', { ...life.on(), body: {} });
    expect(bySupervisor.response.status).toBe(403);
    expect(bySupervisor.error).toMatchObject({ type: '/problems/not-responsible-unit', status: 403 });
    expect(bySupervisor.error!.detail).toContain('only the responsible unit (hhht-water)');
  });

  it('refuses a command in the wrong state with 409, and writes nothing', async () => {
    const before = (await life.events()).length;
    const early = await life.as.unit.POST('/v1/items/{id}/progress-reports', { ...life.on(), body: { percent: 10 } });
    expect(early.response.status).toBe(409);
    expect(early.error).toMatchObject({ type: '/problems/wrong-status', detail: 'cannot report progress while the item is assigned' });
    expect(await life.events()).toHaveLength(before);
  });

  it('honours If-Match: 412 on a stale version, 200 on the current one, 400 on garbage', async () => {
    const acknowledge = (ifMatch: string) =>
      life.as.unit.POST('/v1/items/{id}/acknowledgement', { ...life.on(), body: {}, headers: { 'if-match': ifMatch } });
    const stale = await acknowledge('"1"');
    expect(stale.response.status).toBe(412);
    expect(stale.error!.type).toBe('/problems/version-mismatch');
    const garbage = await acknowledge('yesterday');
    expect(garbage.response.status).toBe(400);
    const current = await acknowledge('"2"');
    expect(current.response.status).toBe(200);
    expect(current.response.headers.get('etag')).toBe('"3"');
    expect(current.data).toMatchObject({ status: 'in_progress', version: 3 });
  });

  it('records a retried progress report with the same Idempotency-Key once', async () => {
    const report = () =>
      life.as.unit.POST('/v1/items/{id}/progress-reports', {
        ...life.on(),
        body: { percent: 30, note: '第47周' },
        headers: { 'idempotency-key': 'report-week-47' },
      });
    const first = await report();
    const again = await report();
    expect(again.response.status).toBe(200);
    expect(again.data!.version).toBe(first.data!.version);
    expect((await life.events()).filter((e) => e.type === 'ProgressReported')).toHaveLength(1);
  });

  it('refuses invalid commands with 400 (shape) or 422 (rules), naming the problem', async () => {
    const tooMuch = await life.as.unit.POST('/v1/items/{id}/progress-reports', { ...life.on(), body: { percent: 150 } });
    expect(tooMuch.response.status).toBe(400);
    expect(tooMuch.error!.errors).toEqual([{ field: 'percent', message: 'percent must not be greater than 100' }]);

    const earlier = await life.as.unit.POST('/v1/items/{id}/extension-requests', {
      ...life.on(),
      body: { proposedDeadline: lifeDates.milestone, reason: '来不及' },
    });
    expect(earlier.response.status).toBe(422);
    expect(earlier.error!.type).toBe('/problems/not-later');

    const noPhoto = await life.as.unit.POST('/v1/items/{id}/closure-requests', {
      ...life.on(),
      body: { evidence: [{ kind: 'document', ref: 'doc-1' }] },
    });
    expect(noPhoto.response.status).toBe(422);
    expect(noPhoto.error).toMatchObject({ type: '/problems/evidence-missing', detail: 'the policy requires evidence of kind photo' });
  });

  it('refuses a rejection without reasons (422) and accepts one with reasons', async () => {
    expect(
      (await life.as.unit.POST('/v1/items/{id}/closure-requests', { ...life.on(), body: { evidence: [photo] } })).response.status,
    ).toBe(200);
    const bare = await life.as.supervisor.POST('/v1/items/{id}/verification', { ...life.on(), body: { accept: false } });
    expect(bare.response.status).toBe(422);
    expect(bare.error!.type).toBe('/problems/reasons-required');
    expect(
      (await life.as.supervisor.POST('/v1/items/{id}/verification', { ...life.on(), body: { accept: false, reasons: ['证据不足'] } }))
        .response.status,
    ).toBe(200);
  });

  it('lists items by plan, status and light, page by page, only within the caller scope', async () => {
    const second = new ItemLife(stack, 'CMD-2026', '2');
    await second.setUp();
    await runStep(second, fullLife[0], []);
    const admin = life.as.admin;

    const inProgress = await admin.GET('/v1/items', { params: { query: { plan: 'CMD-2026', status: 'in_progress' } } });
    expect(inProgress.data!.items.map((i) => i.id)).toEqual([life.itemId]);
    // The page PostgreSQL writes as text: JSON, and each item the same as the item's own view.
    expect(inProgress.response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(inProgress.data).toEqual({ items: [await life.item()], nextCursor: null });
    const assigned = await admin.GET('/v1/items', {
      params: { query: { plan: 'CMD-2026', status: 'assigned', light: 'green', overdue: false } },
    });
    expect(assigned.data!.items.map((i) => i.id)).toEqual([second.itemId]);
    expect((await admin.GET('/v1/items', { params: { query: { light: 'red' } } })).data!.items).toEqual([]);

    const page1 = await admin.GET('/v1/items', { params: { query: { plan: 'CMD-2026', limit: 1 } } });
    const page2 = await admin.GET('/v1/items', { params: { query: { plan: 'CMD-2026', limit: 1, cursor: page1.data!.nextCursor! } } });
    expect([...page1.data!.items, ...page2.data!.items].map((i) => i.id)).toEqual([life.itemId, second.itemId]);
    expect(page2.data!.nextCursor).toBeNull();

    const outsider = stack.client(await stack.keyFor('leader', [other]));
    expect((await outsider.GET('/v1/items', { params: { query: { plan: 'CMD-2026' } } })).data!.items).toEqual([]);
    // @ts-expect-error 'nonsense' is no item status: the API answers 400
    expect((await admin.GET('/v1/items', { params: { query: { status: 'nonsense' } } })).response.status).toBe(400);
  });

  it('shows a plan with its counts to an admin or a leader over its owner, 404 to others', async () => {
    const getPlan = (key: string) => stack.client(key).GET('/v1/plans/{id}', { params: { path: { id: 'CMD-2026' } } });
    const plan = await getPlan(life.keys.admin);
    expect(plan.response.status).toBe(200);
    expect(plan.data!.counts).toMatchObject({ total: 2, byStatus: { in_progress: 1, assigned: 1 }, byLight: { green: 2 }, overdue: 0 });
    expect(plan.data!.policy).toMatchObject({ revisitAfter: ['PT2S'], requiredEvidenceKinds: ['photo'] });

    expect((await getPlan(await stack.keyFor('leader', ['hhht']))).response.status).toBe(200);
    expect((await getPlan(await stack.keyFor('leader', [other]))).response.status).toBe(404);
    expect((await getPlan(life.keys.unit)).response.status).toBe(403);
  });

  it('refuses a plan with a bad policy (400) and an existing id (409)', async () => {
    // `colour` is no policy setting: the typed client has no field for it.
    const bad = await sendUntyped(stack.baseUrl, 'POST', '/v1/plans', {
      key: life.keys.admin,
      body: JSON.stringify({
        id: 'BAD',
        title: 't',
        sourceInspection: 's',
        ownerUnitId: 'hhht',
        policy: { revisitAfter: ['3 months'], colour: 'red' },
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'policy.colour', message: 'is not a policy setting' },
        { field: 'policy.revisitAfter[0]', message: 'must be an ISO 8601 duration such as P7D' },
      ]),
    );
    const twin = await life.as.admin.POST('/v1/plans', {
      body: { id: 'CMD-2026', title: 't', sourceInspection: 's', ownerUnitId: 'hhht' },
    });
    expect(twin.response.status).toBe(409);
  });

  it('reassigns by a leader with a reason, to a unit in its scope: the new unit must acknowledge, the old one no longer sees it', async () => {
    const leader = stack.client(await stack.keyFor('leader', ['hhht']));
    // @ts-expect-error a reassignment needs a reason: the API answers 400
    const noReason = await leader.POST('/v1/items/{id}/reassignment', { ...life.on(), body: { responsibleUnitId: 'hhht-eco' } });
    expect(noReason.response.status).toBe(400);
    const nowhere = await leader.POST('/v1/items/{id}/reassignment', {
      ...life.on(),
      body: { responsibleUnitId: 'nowhere', reason: '调整' },
    });
    expect(nowhere.response.status).toBe(422);
    // A leader over the responsible unit alone hands the item only to a unit in that scope, as when filing.
    const waterLeader = stack.client(await stack.keyFor('leader', ['hhht-water']));
    const outside = await waterLeader.POST('/v1/items/{id}/reassignment', {
      ...life.on(),
      body: { responsibleUnitId: 'hhht-eco', reason: '调整' },
    });
    expect(outside.response.status).toBe(422);
    expect(outside.error).toMatchObject({
      type: '/problems/unknown-unit',
      errors: [{ field: 'responsibleUnitId', message: 'unit hhht-eco does not exist in your scope' }],
    });
    const moved = await leader.POST('/v1/items/{id}/reassignment', {
      ...life.on(),
      body: { responsibleUnitId: 'hhht-eco', reason: '职责调整' },
    });
    expect(moved.response.status).toBe(200);
    expect(moved.data).toMatchObject({ status: 'assigned', responsibleUnitId: 'hhht-eco' });
    const events = await life.events();
    expect(events.at(-1)).toMatchObject({
      type: 'ItemReassigned',
      data: { fromUnitId: 'hhht-water', toUnitId: 'hhht-eco', reason: '职责调整' },
      metadata: { role: 'leader', reason: '职责调整' },
    });
    expect((await life.as.unit.GET('/v1/items/{id}', { params: { path: { id: life.itemId } } })).response.status).toBe(404);
  });
});
