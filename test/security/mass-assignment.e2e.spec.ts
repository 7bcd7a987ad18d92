import { type RawAnswer, sendUntyped } from '../support/api';
import { ItemLife, type LoggedEvent, fullLife, lifeDates, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * Mass assignment (OWASP API3, broken object property level authorization): fields the server owns — status,
 * version, ids, escalation, timestamps, the actor — sent in a request body are refused as unknown fields (400
 * naming the field), and nothing is written.
 */
const serverOwned: Record<string, unknown> = {
  status: 'closed',
  version: 99,
  itemId: '00000000-0000-4000-8000-000000000000',
  escalation: { level: 'accountability' },
  escalationLevel: 'accountability',
  recordedAt: '2020-01-01T00:00:00Z',
  filedAt: '2020-01-01T00:00:00Z',
  actorId: 'system',
  actor: { id: 'system', role: 'admin' },
  role: 'admin',
  principalId: '00000000-0000-4000-8000-000000000001',
  metadata: { actorId: 'system', role: 'system' },
  light: 'green',
  createdAt: '2020-01-01T00:00:00Z',
};

describe('mass assignment: server-owned fields in request bodies are refused', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let integrator = '';
  const tried: string[] = [];
  /** Each body carries a field the document does not have: only plain fetch sends that. */
  const call = (path: string, key: string, body: Record<string, unknown>) =>
    sendUntyped(stack.baseUrl, 'POST', path, { key, body: JSON.stringify(body) });

  beforeAll(async () => {
    stack = await startStack();
    life = new ItemLife(stack, 'MASS-2026', '1');
    await life.setUp();
    let events: LoggedEvent[] = [];
    for (const step of fullLife.slice(0, 2)) events = await runStep(life, step, events);
    integrator = await stack.keyFor('integrator', ['hhht']);
  });
  afterAll(async () => {
    console.log(`mass assignment: ${tried.length} attempts, each refused with 400 naming the field`);
    await stack?.stop();
  });

  const operations: Array<{
    name: string;
    send: (extra: Record<string, unknown>) => Promise<RawAnswer>;
    fields: string[];
  }> = [
    {
      name: 'POST /v1/items',
      fields: [...Object.keys(serverOwned), 'id'],
      send: (extra) =>
        call('/v1/items', stack.adminKey, {
          planCode: 'MASS-2026',
          code: `M-${tried.length}`,
          title: '事项',
          finding: '问题',
          target: '目标',
          deadline: lifeDates.deadline,
          responsibleUnitId: 'hhht-water',
          supervisingUnitId: 'hhht-eco',
          ...extra,
        }),
    },
    {
      name: 'POST /v1/items/{id}/progress-reports',
      fields: [...Object.keys(serverOwned), 'id'],
      send: (extra) => call(`/v1/items/${life.itemId}/progress-reports`, life.keys.unit, { percent: 10, ...extra }),
    },
    {
      name: 'POST /v1/plans',
      fields: Object.keys(serverOwned),
      send: (extra) =>
        call('/v1/plans', stack.adminKey, {
          id: `P-${tried.length}`,
          title: '方案',
          sourceInspection: '督察',
          ownerUnitId: 'hhht',
          ...extra,
        }),
    },
    {
      name: 'POST /v1/units',
      fields: Object.keys(serverOwned),
      send: (extra) =>
        call('/v1/units', stack.adminKey, { id: `u-${tried.length}`, name: '单位', kind: 'department', parentId: 'hhht', ...extra }),
    },
    {
      name: 'POST /v1/webhooks',
      fields: [...Object.keys(serverOwned), 'id'],
      send: (extra) => call('/v1/webhooks', integrator, { url: 'https://hooks.example.gov.cn/m', eventTypes: ['*'], ...extra }),
    },
  ];

  it.each(operations.map((op) => [op.name, op] as const))('%s refuses every server-owned field', async (_, op) => {
    const wrong: string[] = [];
    for (const field of op.fields) {
      tried.push(`${op.name} ${field}`);
      const r = await op.send({ [field]: field === 'id' ? '00000000-0000-4000-8000-000000000002' : serverOwned[field] });
      const named = r.body?.errors?.some((e: { field: string }) => e.field === field);
      if (r.status !== 400 || r.body?.type !== '/problems/validation' || !named)
        wrong.push(`${field}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('wrote nothing: the item kept its state and version, no extra item, plan, unit or subscription exists', async () => {
    const item = await life.item();
    expect({ status: item.status, version: item.version }).toEqual({ status: 'in_progress', version: (await life.events()).length });
    const admin = stack.client(stack.adminKey);
    expect((await admin.GET('/v1/items', { params: { query: { plan: 'MASS-2026' } } })).data!.items).toHaveLength(1);
    expect(
      (await admin.GET('/v1/units', { params: { query: { limit: 500 } } }))
        .data!.items.map((u) => u.id)
        .filter((id) => id.startsWith('u-')),
    ).toEqual([]);
    expect((await stack.client(integrator).GET('/v1/webhooks')).data!.items).toEqual([]);
    expect((await admin.GET('/v1/plans/{id}', { params: { path: { id: 'P-0' } } })).response.status).toBe(404);
  });
});
