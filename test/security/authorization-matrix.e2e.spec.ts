import { findPrincipalByKey, generateOpenApiDocument } from '@closeloop/api';
import type { Role } from '@closeloop/domain';
import { type ReportEvent, computeBulletin, computeDispatch, storeReport } from '@closeloop/reports';
import { randomUUID } from 'node:crypto';
import { type HttpResult, apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';

/** Months ahead of today: the items stay on time whatever day the test runs. */
const DEADLINE = endOfMonthAhead(7);
const EXTENDED = endOfMonthAhead(10);

/**
 * Every operation of the API × every role × (in scope, out of scope), with the status each must get.
 *
 * The organisation: a city (plan owner) with districts A and B, each with departments. Every item lives in
 * district A (responsible dist-a-water, supervised by dist-a-eco) in plans owned by district A. "in" callers
 * are scoped to district A's units, "out" callers to district B's; the admin has no scope ("all").
 *
 * Rules the table encodes:
 * - admin: allowed everywhere;
 * - a role @Roles does not allow: 403, in scope or out (the guard decides on the role alone, before any
 *   resource is looked up, so the 403 tells nothing about what exists);
 * - an item (or plan) outside the caller's scope: 404 for every non-admin, for reads and for every command;
 * - inside scope, a role the decider forbids: 403;
 * - inside scope, an allowed role: the command SUCCEEDS (exactly 200) on a fresh item prepared by the admin
 *   in the state the command needs — except the revisit result and the escalation confirmation, which need
 *   a due revisit / a proposed escalation: for these an allowed role gets 409 (wrong state) on the shared
 *   item, which proves it got past both the scope check and the permission check.
 * - lists never contain an out-of-scope item, the ledger of a plan out of scope is a 404, and the reports show a
 *   leader only the units in its scope;
 * - a reassignment hands the item only to a unit in the caller's scope (422 unknown-unit otherwise, as filing).
 * Forbidden and out-of-scope rows all run against one shared in-progress item: they must never change it,
 * and a final test checks that nobody but the admin's fixture steps wrote to it.
 */

type Scope = 'in' | 'out' | 'all';
type Caller = { role: Role; scope: Scope; key: string; id: string };
type Outcome = { status: number; body?: any; leak?: string };

interface Operation {
  name: string;
  /** Statuses that are right for this caller. */
  expected(role: Role, scope: Scope): number[];
  run(caller: Caller): Promise<Outcome>;
}

const nonAdminRoles = ['unit', 'supervisor', 'leader', 'integrator'] as const;
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/a.jpg' };

let stack: RunningStack;
let call: ReturnType<typeof apiClient>;
const callers = new Map<string, Caller>();
let shared = '';
let sharedItemCode = '';
const aItems: string[] = [];
let seq = 0;
let foreignNotification = '';
/** A unit principal of district A that none of the callers is: its record and its inbox are its own. */
let victim = '';
/** An integrator of district A none of the callers is, with its own webhook subscription. */
let victimIntegrator = { id: '', key: '' };
let foreignWebhook = '';
const webhookOf = async (key: string): Promise<string> => {
  const r = await call('POST', '/v1/webhooks', { key, body: { url: 'https://hooks.example.invalid/a', eventTypes: ['*'] } });
  if (r.status !== 201) throw new Error(`webhook not created: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
};

/** A delivery of the victim integrator's subscription (filing an item in district A makes one). */
async function foreignDelivery(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const row = await stack.database.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('subscription_id', '=', foreignWebhook)
      .executeTakeFirst();
    if (row) return row.id;
    if (attempt === 0) await freshItem('assigned');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no delivery for the foreign subscription');
}

const admin = () => stack.adminKey;
const asOutcome = (r: HttpResult): Outcome => ({ status: r.status, body: r.body });

/** The admin files an item in district A and drives it to the state a command needs. */
async function freshItem(
  state: 'assigned' | 'in_progress' | 'extension_pending' | 'in_public_notice' | 'awaiting_verification',
): Promise<{ id: string; requestId?: string }> {
  const plan = state === 'in_public_notice' ? 'PLAN-A-NOTICE' : 'PLAN-A';
  const filed = await call('POST', '/v1/items', {
    key: admin(),
    body: {
      planCode: plan,
      code: `fresh-${++seq}`,
      title: '整改事项',
      finding: '问题',
      target: '目标',
      deadline: DEADLINE,
      responsibleUnitId: 'dist-a-water',
      supervisingUnitId: 'dist-a-eco',
    },
  });
  if (filed.status !== 201) throw new Error(`filing failed: ${filed.status} ${JSON.stringify(filed.body)}`);
  const id: string = filed.body.id;
  aItems.push(id);
  const step = async (path: string, body: unknown) => {
    const r = await call('POST', `/v1/items/${id}${path}`, { key: admin(), body });
    if (r.status !== 200) throw new Error(`${path} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  if (state === 'assigned') return { id };
  await step('/acknowledgement', {});
  if (state === 'extension_pending') {
    const item = await step('/extension-requests', { proposedDeadline: EXTENDED, reason: '汛期' });
    return { id, requestId: item.pendingExtension.requestId };
  }
  if (state === 'in_public_notice' || state === 'awaiting_verification') await step('/closure-requests', { evidence: [photo] });
  return { id };
}

/** Allowed everywhere for the admin; for the others by role, and 404 outside scope. */
function itemCommand(
  name: string,
  allowed: readonly Role[],
  prepare: () => Promise<{ id: string; requestId?: string }>,
  send: (itemId: string, key: string, requestId?: string) => Promise<HttpResult>,
  allowedStatus = 200,
): Operation {
  return {
    name,
    expected: (role, scope) =>
      role === 'admin' ? [allowedStatus] : scope === 'out' ? [404] : allowed.includes(role) ? [allowedStatus] : [403],
    async run(caller) {
      // Allowed in scope: a fresh item in the right state (unless the row expects a 409 on the shared one).
      const fresh = (caller.role === 'admin' || (caller.scope === 'in' && allowed.includes(caller.role))) && allowedStatus === 200;
      const target = fresh ? await prepare() : { id: shared, requestId: randomUUID() };
      return asOutcome(await send(target.id, caller.key, target.requestId));
    },
  };
}

/** An item command behind @Roles: the other roles are turned away first, 403 in scope or out. */
function roleGatedItemCommand(...args: Parameters<typeof itemCommand>): Operation {
  const operation = itemCommand(...args);
  const allowed = args[1];
  return {
    ...operation,
    expected: (role, scope) => (role !== 'admin' && !allowed.includes(role) ? [403] : operation.expected(role, scope)),
  };
}

const post = (path: (id: string, requestId?: string) => string, body: unknown) => (id: string, key: string, requestId?: string) =>
  call('POST', `/v1/items/${id}${path(id, requestId)}`, { key, body });

/** Guarded by @Roles: others get 403 whatever their scope. */
function rolesOnly(name: string, allowed: readonly Role[], ok: number, run: (caller: Caller) => Promise<HttpResult | Outcome>): Operation {
  return {
    name,
    expected: (role) => (role === 'admin' || allowed.includes(role) ? [ok] : [403]),
    run: async (caller) => {
      const r = await run(caller);
      return 'headers' in r ? asOutcome(r) : r;
    },
  };
}

/** Open to every principal; the answer is about the caller itself. */
function everyone(name: string, ok: number, run: (caller: Caller) => Promise<HttpResult | Outcome>): Operation {
  return { ...rolesOnly(name, [...nonAdminRoles], ok, run), expected: () => [ok] };
}

/** Lists: 200 for all, with every district-A item for in-scope callers and none for the others. */
function itemList(name: string, query: string): Operation {
  return everyone(name, 200, async (caller) => {
    const r = await call('GET', `/v1/items${query}`, { key: caller.key });
    if (r.status !== 200) return asOutcome(r);
    const ids: string[] = r.body.items.map((i: any) => i.id);
    if (caller.scope === 'out' && ids.some((id) => aItems.includes(id)))
      return { status: r.status, leak: `lists district A items: ${ids.join(', ')}` };
    if (caller.scope !== 'out' && !ids.includes(shared)) return { status: r.status, leak: 'misses an in-scope item' };
    return { status: r.status };
  });
}

/** Reports for leaders and admins: a leader sees the rows of district A's units or B's, never the other's. */
function reportRows(name: string, path: string): Operation {
  return rolesOnly(name, ['leader'], 200, async (caller) => {
    const r = await call('GET', path, { key: caller.key });
    if (r.status !== 200) return asOutcome(r);
    const units: string[] = r.body.units.map((u: { unitId: string }) => u.unitId);
    const named: string[] = [...units, ...(r.body.bottom ?? []).map((u: { unitId: string }) => u.unitId)];
    const foreign = caller.scope === 'in' ? 'dist-b' : caller.scope === 'out' ? 'dist-a' : undefined;
    const own = caller.scope === 'in' ? 'dist-a-water' : caller.scope === 'out' ? 'dist-b-water' : undefined;
    if (foreign && named.some((id) => id.startsWith(foreign)))
      return { status: r.status, leak: `shows units out of scope: ${named.join(', ')}` };
    if (own && !units.includes(own)) return { status: r.status, leak: `misses a unit in scope: ${units.join(', ')}` };
    if (caller.scope === 'all' && !(units.includes('dist-a-water') && units.includes('dist-b-water')))
      return { status: r.status, leak: 'misses units' };
    return { status: r.status };
  });
}

/** One item per district's water bureau, filed and assigned in late September 2026: the log the stored reports count. */
function septemberLog(): ReportEvent[] {
  return ['dist-a-water', 'dist-b-water'].flatMap((unitId, i) => {
    const itemId = `0b0e3c1e-0000-4000-8000-00000000000${i + 1}`;
    const at = '2026-09-25T01:00:00Z';
    const data = { itemId, at };
    return [
      {
        type: 'ItemFiled',
        streamId: `item-${itemId}`,
        recordedAt: new Date(at),
        data: { ...data, planCode: 'PLAN-R', code: unitId, title: '河道整治', kind: 'time_bound', deadline: '2026-10-02', milestones: [] },
      },
      {
        type: 'ItemAssigned',
        streamId: `item-${itemId}`,
        recordedAt: new Date(at),
        data: { ...data, responsibleUnitId: unitId, cooperatingUnitIds: [], supervisingUnitId: 'city' },
      },
    ];
  });
}

async function newPrincipal(role: Role, unitIds: string[]): Promise<{ id: string; key: string }> {
  const r = await call('POST', '/v1/principals', { key: admin(), body: { name: `${role} ${unitIds.join(',')}`, role, unitIds } });
  if (r.status !== 201) throw new Error(`principal not created: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id, key: r.body.key };
}

const operations: Operation[] = [
  // units
  rolesOnly('POST /v1/units', [], 201, (c) =>
    call('POST', '/v1/units', { key: c.key, body: { id: `matrix-${++seq}`, name: '新单位', kind: 'department', parentId: 'dist-a' } }),
  ),
  rolesOnly('GET /v1/units', [], 200, (c) => call('GET', '/v1/units', { key: c.key })),
  // principals
  rolesOnly('POST /v1/principals', [], 201, (c) =>
    call('POST', '/v1/principals', { key: c.key, body: { name: 'x', role: 'unit', unitIds: ['dist-a-water'] } }),
  ),
  rolesOnly('GET /v1/principals', [], 200, (c) => call('GET', '/v1/principals', { key: c.key })),
  {
    name: "GET /v1/principals/:id (another's)",
    expected: (role) => (role === 'admin' ? [200] : [404]),
    run: async (c) => asOutcome(await call('GET', `/v1/principals/${victim}`, { key: c.key })),
  },
  everyone('GET /v1/principals/:id (its own)', 200, (c) => call('GET', `/v1/principals/${c.id}`, { key: c.key })),
  rolesOnly('DELETE /v1/principals/:id', [], 204, async (c) =>
    call('DELETE', `/v1/principals/${(await newPrincipal('unit', ['dist-a-water'])).id}`, { key: c.key }),
  ),
  {
    name: "POST /v1/principals/:id/key (another's)",
    expected: (role) => (role === 'admin' ? [200] : [404]),
    run: async (c) =>
      asOutcome(await call('POST', `/v1/principals/${(await newPrincipal('unit', ['dist-a-water'])).id}/key`, { key: c.key })),
  },
  // plans
  rolesOnly('POST /v1/plans', [], 201, (c) =>
    call('POST', '/v1/plans', { key: c.key, body: { id: `P-${++seq}`, title: '方案', sourceInspection: '督察', ownerUnitId: 'dist-a' } }),
  ),
  {
    name: 'GET /v1/plans/:id',
    expected: (role, scope) => (role === 'admin' ? [200] : role !== 'leader' ? [403] : scope === 'in' ? [200] : [404]),
    run: async (c) => asOutcome(await call('GET', '/v1/plans/PLAN-A', { key: c.key })),
  },
  // items
  {
    name: 'POST /v1/items (units of district A)',
    // An integrator out of scope is told the units do not exist (in its scope): 422, like a unit that does not.
    expected: (role, scope) => (role === 'admin' ? [201] : role !== 'integrator' ? [403] : scope === 'in' ? [201] : [422]),
    async run(c) {
      const body = {
        planCode: 'PLAN-A',
        code: `filed-${++seq}`,
        title: '整改事项',
        finding: '问题',
        target: '目标',
        deadline: DEADLINE,
        responsibleUnitId: 'dist-a-water',
        supervisingUnitId: 'dist-a-eco',
      };
      const r = await call('POST', '/v1/items', { key: c.key, body });
      if (r.status === 201) aItems.push(r.body.id);
      return asOutcome(r);
    },
  },
  itemList('GET /v1/items', ''),
  itemList('GET /v1/items?plan=PLAN-A', '?plan=PLAN-A'),
  itemList('GET /v1/items?unit=dist-a-water', '?unit=dist-a-water'),
  {
    name: 'GET /v1/items/:id',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    run: async (c) => asOutcome(await call('GET', `/v1/items/${shared}`, { key: c.key })),
  },
  {
    name: 'GET /v1/items/:id/events',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    run: async (c) => asOutcome(await call('GET', `/v1/items/${shared}/events`, { key: c.key })),
  },
  // the item's life
  itemCommand(
    'POST /v1/items/:id/acknowledgement',
    ['unit'],
    () => freshItem('assigned'),
    post(() => '/acknowledgement', {}),
  ),
  itemCommand(
    'POST /v1/items/:id/progress-reports',
    ['unit'],
    () => freshItem('in_progress'),
    post(() => '/progress-reports', { percent: 20 }),
  ),
  itemCommand(
    'POST /v1/items/:id/extension-requests',
    ['unit'],
    () => freshItem('in_progress'),
    post(() => '/extension-requests', { proposedDeadline: EXTENDED, reason: '汛期' }),
  ),
  itemCommand(
    'POST /v1/items/:id/extension-requests/:rid/decision',
    ['supervisor'],
    () => freshItem('extension_pending'),
    post((_, rid) => `/extension-requests/${rid}/decision`, { approve: true }),
  ),
  roleGatedItemCommand(
    'POST /v1/items/:id/reassignment (to a unit in scope)',
    ['supervisor', 'leader'],
    () => freshItem('in_progress'),
    post(() => '/reassignment', { responsibleUnitId: 'dist-a-eco-lab', reason: '职责调整' }),
  ),
  itemCommand(
    'POST /v1/items/:id/closure-requests',
    ['unit'],
    () => freshItem('in_progress'),
    post(() => '/closure-requests', { evidence: [photo] }),
  ),
  itemCommand(
    'POST /v1/items/:id/objections',
    ['supervisor', 'leader', 'integrator'],
    () => freshItem('in_public_notice'),
    post(() => '/objections', { reason: '群众反映仍有异味' }),
  ),
  itemCommand(
    'POST /v1/items/:id/verification',
    ['supervisor'],
    () => freshItem('awaiting_verification'),
    post(() => '/verification', { accept: false, reasons: ['证据不足'] }),
  ),
  itemCommand(
    'POST /v1/items/:id/revisits/:rid/result',
    ['supervisor'],
    () => Promise.resolve({ id: shared }),
    post(() => '/revisits/r1-1/result', { outcome: 'consolidated' }),
    409,
  ),
  itemCommand(
    'POST /v1/items/:id/escalations',
    ['leader'],
    () => freshItem('in_progress'),
    post(() => '/escalations', { level: 'warning', reason: '进展缓慢' }),
  ),
  itemCommand(
    'POST /v1/items/:id/escalations/:level/confirmation',
    ['leader'],
    () => Promise.resolve({ id: shared }),
    post(() => '/escalations/bulletin/confirmation', undefined),
    409,
  ),
  // the ledger: every principal, its rows limited to its scope
  {
    name: 'GET /v1/plans/:id/ledger',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    async run(c) {
      const r = await call('GET', '/v1/plans/PLAN-A/ledger', { key: c.key, headers: { accept: 'application/json' } });
      if (r.status !== 200) return asOutcome(r);
      const text = JSON.stringify(r.body);
      const sharedCode = `"${sharedItemCode}"`;
      if (c.scope === 'out' && (aItems.some((id) => text.includes(id)) || text.includes(sharedCode)))
        return { status: r.status, leak: 'ledger shows district A items' };
      if (c.scope !== 'out' && !text.includes(sharedCode) && !text.includes(shared))
        return { status: r.status, leak: 'ledger misses an in-scope item' };
      return { status: r.status };
    },
  },
  // the import: admins and integrators, into a plan in scope (a dry run of one row: nothing is written)
  {
    name: 'POST /v1/plans/:id/items:import',
    expected: (role, scope) => (role === 'admin' ? [200] : role !== 'integrator' ? [403] : scope === 'in' ? [200] : [404]),
    async run(c) {
      const csv = `序号,问题,整改目标,整改措施,责任单位,配合单位,责任人,督导单位,整改时限,阶段性目标,类型\n1,问题,目标,措施,A区水务局,,,A区生态环境分局,${DEADLINE},,限时整改\n`;
      const r = await fetch(`${stack.baseUrl}/v1/plans/PLAN-A/items:import?dryRun=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.key}`, 'content-type': 'text/csv' },
        body: csv,
      });
      return { status: r.status, body: await r.json() };
    },
  },
  // webhooks: an integrator's (or an admin's) own subscriptions
  rolesOnly('POST /v1/webhooks', ['integrator'], 201, (c) =>
    call('POST', '/v1/webhooks', { key: c.key, body: { url: 'https://hooks.example.invalid/m', eventTypes: ['*'] } }),
  ),
  rolesOnly('GET /v1/webhooks', ['integrator'], 200, async (c) => {
    const r = await call('GET', '/v1/webhooks', { key: c.key });
    const leaked = c.role !== 'admin' && r.status === 200 && r.body.items.some((w: any) => w.id === foreignWebhook);
    return leaked ? { status: r.status, leak: "lists another principal's subscription" } : asOutcome(r);
  }),
  {
    name: "GET /v1/webhooks/:id (another's)",
    expected: (role) => (role === 'admin' ? [200] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await call('GET', `/v1/webhooks/${foreignWebhook}`, { key: c.key })),
  },
  {
    name: "GET /v1/webhooks/:id/deliveries (another's)",
    expected: (role) => (role === 'admin' ? [200] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await call('GET', `/v1/webhooks/${foreignWebhook}/deliveries`, { key: c.key })),
  },
  {
    name: "POST /v1/webhooks/:id/deliveries/:deliveryId/replay (another's)",
    expected: (role) => (role === 'admin' ? [202] : role === 'integrator' ? [404] : [403]),
    run: async (c) =>
      asOutcome(await call('POST', `/v1/webhooks/${foreignWebhook}/deliveries/${await foreignDelivery()}/replay`, { key: c.key })),
  },
  {
    name: "DELETE /v1/webhooks/:id (another's)",
    expected: (role) => (role === 'admin' ? [204] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await call('DELETE', `/v1/webhooks/${await webhookOf(victimIntegrator.key)}`, { key: c.key })),
  },
  // calendar, inbox, me, reports
  everyone('GET /v1/calendar/:year', 200, (c) => call('GET', '/v1/calendar/2026', { key: c.key })),
  rolesOnly('PUT /v1/calendar/:year', [], 200, (c) =>
    call('PUT', '/v1/calendar/2099', { key: c.key, body: { holidays: [], workdays: [] } }),
  ),
  rolesOnly('GET /v1/calendar/:year/replan', [], 200, (c) => call('GET', '/v1/calendar/2099/replan', { key: c.key })),
  everyone('GET /v1/inbox', 200, (c) => call('GET', '/v1/inbox', { key: c.key })),
  {
    name: "POST /v1/inbox/:id/read (another's notification)",
    expected: () => [404],
    run: async (c) => asOutcome(await call('POST', `/v1/inbox/${foreignNotification}/read`, { key: c.key })),
  },
  // public: probes and scrapes, the same for everyone (and for no key)
  everyone('GET /healthz', 200, () => call('GET', '/healthz')),
  everyone('GET /readyz', 200, () => call('GET', '/readyz')),
  everyone('GET /metrics', 200, async () => ({ status: (await fetch(`${stack.baseUrl}/metrics`)).status })),
  everyone('GET /v1/me/channels', 200, (c) => call('GET', '/v1/me/channels', { key: c.key })),
  everyone('PUT /v1/me/channels', 200, (c) => call('PUT', '/v1/me/channels', { key: c.key, body: { channels: [] } })),
  reportRows('GET /v1/reports/dispatch', '/v1/reports/dispatch?week=2026-W40'),
  reportRows('GET /v1/reports/bulletin', '/v1/reports/bulletin?month=2026-10'),
  // Last: the admin's row moves a district-A item to district B, which would change what the rows above see.
  {
    name: 'POST /v1/items/:id/reassignment (to a unit out of scope)',
    expected: (role, scope) =>
      role === 'admin' ? [200] : !['supervisor', 'leader'].includes(role) ? [403] : scope === 'out' ? [404] : [422],
    async run(c) {
      const target = c.role === 'admin' ? (await freshItem('in_progress')).id : shared;
      const r = await call('POST', `/v1/items/${target}/reassignment`, {
        key: c.key,
        body: { responsibleUnitId: 'dist-b-water', reason: '职责调整' },
      });
      if (r.status === 422 && r.body.type !== '/problems/unknown-unit')
        return { status: r.status, body: r.body, leak: `refused as ${r.body.type}, not as an unknown unit` };
      return asOutcome(r);
    },
  },
];

interface Row {
  operation: string;
  role: Role;
  scope: Scope;
  expected: string;
}

const callerNames: { role: Role; scope: Scope }[] = [
  { role: 'admin', scope: 'all' },
  ...nonAdminRoles.flatMap((role) => (['in', 'out'] as const).map((scope) => ({ role, scope }))),
];
const rows: Row[] = operations.flatMap((op) =>
  callerNames.map(({ role, scope }) => ({ operation: op.name, role, scope, expected: op.expected(role, scope).join('|') })),
);
const results: (Row & { got: number | string; ok: boolean })[] = [];

describe('authorization matrix: every operation × every role × in / out of scope', () => {
  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    const units = [
      { id: 'city', name: '市人民政府', kind: 'plan_owner' },
      { id: 'dist-a', name: 'A区人民政府', kind: 'district', parentId: 'city' },
      { id: 'dist-a-eco', name: 'A区生态环境分局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-a-water', name: 'A区水务局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-a-waste', name: 'A区城管局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-a-eco-lab', name: 'A区生态环境监测站', kind: 'department', parentId: 'dist-a-eco' },
      { id: 'dist-b', name: 'B区人民政府', kind: 'district', parentId: 'city' },
      { id: 'dist-b-eco', name: 'B区生态环境分局', kind: 'department', parentId: 'dist-b' },
      { id: 'dist-b-water', name: 'B区水务局', kind: 'department', parentId: 'dist-b' },
    ];
    for (const unit of units) expect((await call('POST', '/v1/units', { key: admin(), body: unit })).status).toBe(201);
    const policy = { revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'] };
    for (const [id, extra] of [
      ['PLAN-A', {}],
      ['PLAN-A-NOTICE', { publicNoticePeriod: 'P30D' }],
    ] as const) {
      const plan = { id, title: 'A区整改方案', sourceInspection: '督察', ownerUnitId: 'dist-a', policy: { ...policy, ...extra } };
      expect((await call('POST', '/v1/plans', { key: admin(), body: plan })).status).toBe(201);
    }
    const names = units.map(({ id, name }) => ({ id, name }));
    await storeReport(stack.database.db, computeDispatch(septemberLog(), names, '2026-W40'));
    await storeReport(stack.database.db, computeBulletin(septemberLog(), names, '2026-10'));
    const adminId = (await findPrincipalByKey(stack.database.db, admin()))!.id;
    callers.set('admin:all', { role: 'admin', scope: 'all', key: admin(), id: adminId });
    const scopes: Record<Role, [string, string]> = {
      unit: ['dist-a-water', 'dist-b-water'],
      supervisor: ['dist-a-eco', 'dist-b-eco'],
      leader: ['dist-a', 'dist-b'],
      integrator: ['dist-a', 'dist-b'],
      admin: ['', ''],
    };
    for (const role of nonAdminRoles) {
      for (const [scope, unit] of [
        ['in', scopes[role][0]],
        ['out', scopes[role][1]],
      ] as const) {
        callers.set(`${role}:${scope}`, { role, scope, ...(await newPrincipal(role, [unit])) });
      }
    }
    victim = (await newPrincipal('unit', ['dist-a-water'])).id;
    victimIntegrator = await newPrincipal('integrator', ['dist-a']);
    sharedItemCode = `fresh-${seq + 1}`;
    shared = (await freshItem('in_progress')).id;
    foreignWebhook = await webhookOf(victimIntegrator.key);
    // A notification that belongs to the victim: nobody else may mark it read.
    const event = await stack.database.db
      .selectFrom('events')
      .select('event_id')
      .where('stream_id', '=', `item-${shared}`)
      .executeTakeFirstOrThrow();
    foreignNotification = randomUUID();
    await stack.database.db
      .insertInto('notifications')
      .values({
        id: foreignNotification,
        principal_id: victim,
        event_id: event.event_id,
        item_id: shared,
        kind: 'matrix',
        title: '测试',
        body: '测试',
        data: JSON.stringify({}),
        created_at: new Date().toISOString(),
      })
      .execute();
  }, 120_000);

  afterAll(async () => {
    const wrong = results.filter((r) => !r.ok);
    if (wrong.length > 0) {
      console.log(
        `authorization matrix: ${wrong.length} of ${results.length} rows wrong\n` +
          table(wrong.map((r) => [r.operation, r.role, r.scope, r.expected, String(r.got)])),
      );
    }
    await stack?.stop();
  });

  it.each(rows)('$operation as $role ($scope scope) → $expected', async (row) => {
    const op = operations.find((o) => o.name === row.operation)!;
    const caller = callers.get(`${row.role}:${row.scope}`)!;
    const outcome = await op.run(caller);
    const allowed = op.expected(row.role, row.scope);
    const ok = allowed.includes(outcome.status) && !outcome.leak;
    results.push({ ...row, got: outcome.leak ? `${outcome.status} but ${outcome.leak}` : outcome.status, ok });
    expect({ status: outcome.status, leak: outcome.leak, problem: ok ? undefined : outcome.body }).toEqual({
      status: allowed.includes(outcome.status) ? outcome.status : row.expected,
      leak: undefined,
      problem: undefined,
    });
  });

  it('has a row for every operation of the OpenAPI document', async () => {
    const doc = JSON.parse(await generateOpenApiDocument());
    const template = (path: string) => path.replace(/\{[^}]+\}/g, '{}').replace(/\/:[A-Za-z]+/g, '/{}');
    const covered = new Set(operations.map((op) => template(op.name.split(/[ ?]\(|\?/)[0].trim())));
    const documented = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${template(path)}`),
    );
    expect(documented.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it('left the shared item untouched by every refused caller', async () => {
    const events = (await call('GET', `/v1/items/${shared}/events`, { key: admin() })).body.items as any[];
    const adminId = callers.get('admin:all')!.id;
    expect(events.filter((e) => ![adminId, 'system'].includes(e.metadata.actorId)).map((e) => `${e.type} by ${e.metadata.role}`)).toEqual(
      [],
    );
  });
});

function table(cells: string[][]): string {
  const all = [['operation', 'role', 'scope', 'expected', 'got'], ...cells];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ')).join('\n');
}
