import { findPrincipalByKey, generateOpenApiDocument } from '@closeloop/api';
import type { Role } from '@closeloop/domain';
import { type ReportEvent, computeBulletin, computeDispatch, storeReport } from '@closeloop/reports';
import { randomUUID } from 'node:crypto';
import { type ApiClient, createUnits, sendUntyped } from '../support/api';
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
type Caller = { role: Role; scope: Scope; key: string; id: string; as: ApiClient };
type Outcome = { status: number; body?: unknown; leak?: string };
/** A generated client's answer. */
type Answer = { response: Response; data?: unknown; error?: unknown };

interface Operation {
  name: string;
  /** Statuses that are right for this caller. */
  expected(role: Role, scope: Scope): number[];
  run(caller: Caller): Promise<Outcome>;
}

const nonAdminRoles = ['unit', 'supervisor', 'leader', 'integrator'] as const;
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/a.jpg' } as const;

let stack: RunningStack;
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
/** A person of district A none of the callers is. */
let victimPerson = '';
const webhookOf = async (key: string): Promise<string> => {
  const r = await stack.client(key).POST('/v1/webhooks', { body: { url: 'https://hooks.example.invalid/a', eventTypes: ['*'] } });
  if (r.response.status !== 201) throw new Error(`webhook not created: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data!.id;
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
const asAdmin = () => stack.client(stack.adminKey);
const asOutcome = (r: Answer): Outcome => ({ status: r.response.status, body: r.data ?? r.error });

/** The admin files an item in district A and drives it to the state a command needs. */
async function freshItem(
  state: 'assigned' | 'in_progress' | 'extension_pending' | 'in_public_notice' | 'objected' | 'awaiting_verification',
): Promise<{ id: string; requestId?: string }> {
  const plan = state === 'in_public_notice' || state === 'objected' ? 'PLAN-A-NOTICE' : 'PLAN-A';
  const filed = await asAdmin().POST('/v1/items', {
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
  if (filed.response.status !== 201) throw new Error(`filing failed: ${filed.response.status} ${JSON.stringify(filed.error)}`);
  const id = filed.data!.id;
  aItems.push(id);
  const onItem = { params: { path: { id } } };
  const step = async <T>(path: string, answer: Promise<{ response: Response; data?: T; error?: unknown }>): Promise<T> => {
    const r = await answer;
    if (r.response.status !== 200) throw new Error(`${path} failed: ${r.response.status} ${JSON.stringify(r.error)}`);
    return r.data!;
  };
  if (state === 'assigned') return { id };
  await step('/acknowledgement', asAdmin().POST('/v1/items/{id}/acknowledgement', { ...onItem, body: {} }));
  if (state === 'extension_pending') {
    const item = await step(
      '/extension-requests',
      asAdmin().POST('/v1/items/{id}/extension-requests', { ...onItem, body: { proposedDeadline: EXTENDED, reason: '汛期' } }),
    );
    return { id, requestId: item.pendingExtension!.requestId };
  }
  if (state === 'in_public_notice' || state === 'objected' || state === 'awaiting_verification')
    await step('/closure-requests', asAdmin().POST('/v1/items/{id}/closure-requests', { ...onItem, body: { evidence: [photo] } }));
  if (state === 'objected')
    await step('/objections', asAdmin().POST('/v1/items/{id}/objections', { ...onItem, body: { reason: '群众反映仍有异味' } }));
  return { id };
}

/** Allowed everywhere for the admin; for the others by role, and 404 outside scope. */
function itemCommand(
  name: string,
  allowed: readonly Role[],
  prepare: () => Promise<{ id: string; requestId?: string }>,
  send: (item: ItemTarget, as: ApiClient) => Promise<Answer>,
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
      return asOutcome(await send({ params: { path: { id: target.id } }, requestId: target.requestId ?? '' }, caller.as));
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

/** The item a command is sent to (its path parameters), and its pending extension request if any. */
type ItemTarget = { params: { path: { id: string } }; requestId: string };

/** Guarded by @Roles: others get 403 whatever their scope. */
function rolesOnly(name: string, allowed: readonly Role[], ok: number, run: (caller: Caller) => Promise<Answer | Outcome>): Operation {
  return {
    name,
    expected: (role) => (role === 'admin' || allowed.includes(role) ? [ok] : [403]),
    run: async (caller) => {
      const r = await run(caller);
      return 'response' in r ? asOutcome(r) : r;
    },
  };
}

/** Open to every principal; the answer is about the caller itself. */
function everyone(name: string, ok: number, run: (caller: Caller) => Promise<Answer | Outcome>): Operation {
  return { ...rolesOnly(name, [...nonAdminRoles], ok, run), expected: () => [ok] };
}

/** Lists: 200 for all, with every district-A item for in-scope callers and none for the others. */
function itemList(name: string, query: { plan?: string; unit?: string }): Operation {
  return everyone(name, 200, async (caller) => {
    const r = await caller.as.GET('/v1/items', { params: { query } });
    const status = r.response.status;
    if (status !== 200) return asOutcome(r);
    const ids = r.data!.items.map((i) => i.id);
    if (caller.scope === 'out' && ids.some((id) => aItems.includes(id)))
      return { status, leak: `lists district A items: ${ids.join(', ')}` };
    if (caller.scope !== 'out' && !ids.includes(shared)) return { status, leak: 'misses an in-scope item' };
    return { status };
  });
}

/** Reports for leaders and admins: a leader sees the rows of district A's units or B's, never the other's. */
function reportRows(
  name: string,
  get: (as: ApiClient) => Promise<{ response: Response; data?: { units: { unitId: string }[]; bottom?: { unitId: string }[] } | string }>,
): Operation {
  return rolesOnly(name, ['leader'], 200, async (caller) => {
    const r = await get(caller.as);
    const status = r.response.status;
    if (status !== 200 || typeof r.data !== 'object') return asOutcome(r);
    const units = r.data.units.map((u) => u.unitId);
    const named = [...units, ...(r.data.bottom ?? []).map((u) => u.unitId)];
    const foreign = caller.scope === 'in' ? 'dist-b' : caller.scope === 'out' ? 'dist-a' : undefined;
    const own = caller.scope === 'in' ? 'dist-a-water' : caller.scope === 'out' ? 'dist-b-water' : undefined;
    if (foreign && named.some((id) => id.startsWith(foreign))) return { status, leak: `shows units out of scope: ${named.join(', ')}` };
    if (own && !units.includes(own)) return { status, leak: `misses a unit in scope: ${units.join(', ')}` };
    if (caller.scope === 'all' && !(units.includes('dist-a-water') && units.includes('dist-b-water')))
      return { status, leak: 'misses units' };
    return { status };
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
  const r = await asAdmin().POST('/v1/principals', { body: { name: `${role} ${unitIds.join(',')}`, role, unitIds } });
  if (r.response.status !== 201) throw new Error(`principal not created: ${r.response.status} ${JSON.stringify(r.error)}`);
  return { id: r.data!.id, key: r.data!.key };
}

/** A person created by the admin, with the token of their invitation link. */
async function newPerson(role: 'unit' | 'supervisor' | 'leader' | 'admin' = 'unit'): Promise<{ id: string; token: string }> {
  const r = await asAdmin().POST('/v1/people', {
    body: { name: '张三', login: `person-${++seq}`, role, unitIds: role === 'admin' ? [] : ['dist-a-water'] },
  });
  if (r.response.status !== 201) throw new Error(`person not created: ${r.response.status} ${JSON.stringify(r.error)}`);
  return { id: r.data!.id, token: r.data!.invitation.token };
}

const onPrincipal = (id: string) => ({ params: { path: { id } } });
const onPerson = (id: string) => ({ params: { path: { id } } });
const onInvitation = (token: string) => ({ params: { path: { token } } });
const onWebhook = (id: string) => ({ params: { path: { id } } });

const operations: Operation[] = [
  // units
  rolesOnly('POST /v1/units', [], 201, (c) =>
    c.as.POST('/v1/units', { body: { id: `matrix-${++seq}`, name: '新单位', kind: 'department', parentId: 'dist-a' } }),
  ),
  everyone('GET /v1/units', 200, (c) => c.as.GET('/v1/units')),
  // principals
  rolesOnly('POST /v1/principals', [], 201, (c) =>
    c.as.POST('/v1/principals', { body: { name: 'x', role: 'unit', unitIds: ['dist-a-water'] } }),
  ),
  rolesOnly('GET /v1/principals', [], 200, (c) => c.as.GET('/v1/principals')),
  {
    name: "GET /v1/principals/:id (another's)",
    expected: (role) => (role === 'admin' ? [200] : [404]),
    run: async (c) => asOutcome(await c.as.GET('/v1/principals/{id}', onPrincipal(victim))),
  },
  everyone('GET /v1/principals/:id (its own)', 200, (c) => c.as.GET('/v1/principals/{id}', onPrincipal(c.id))),
  rolesOnly('DELETE /v1/principals/:id', [], 204, async (c) =>
    c.as.DELETE('/v1/principals/{id}', onPrincipal((await newPrincipal('unit', ['dist-a-water'])).id)),
  ),
  {
    name: "POST /v1/principals/:id/key (another's)",
    expected: (role) => (role === 'admin' ? [200] : [404]),
    run: async (c) => asOutcome(await c.as.POST('/v1/principals/{id}/key', onPrincipal((await newPrincipal('unit', ['dist-a-water'])).id))),
  },
  // sessions: a key has none (401 for everyone), signing in is public (a wrong password: 401 for everyone)
  everyone('GET /v1/session/methods', 200, () => stack.client().GET('/v1/session/methods')),
  // A login of its own per row: five failures of one login would lock it (429).
  everyone('POST /v1/session (a wrong password)', 401, (c) =>
    c.as.POST('/v1/session', { body: { login: `nobody-${++seq}`, password: 'not the password' } }),
  ),
  // single sign-on is public too; this stack has no provider configured, so both ends are 404 for everyone
  everyone('GET /v1/session/oidc (no provider)', 404, () => stack.client().GET('/v1/session/oidc')),
  everyone('GET /v1/session/oidc/callback (no provider)', 404, () => stack.client().GET('/v1/session/oidc/callback')),
  everyone('GET /v1/session (with a key)', 401, (c) => c.as.GET('/v1/session')),
  everyone('DELETE /v1/session (with a key)', 401, (c) => c.as.DELETE('/v1/session')),
  everyone('DELETE /v1/sessions (with a key)', 401, (c) => c.as.DELETE('/v1/sessions')),
  // people: the admin's; a person's record is the admin's and their own
  rolesOnly('POST /v1/people', [], 201, (c) =>
    c.as.POST('/v1/people', { body: { name: '李四', login: `matrix-${++seq}`, role: 'unit', unitIds: ['dist-a-water'] } }),
  ),
  rolesOnly('GET /v1/people', [], 200, (c) => c.as.GET('/v1/people')),
  {
    name: "GET /v1/people/:id (another's)",
    expected: (role) => (role === 'admin' ? [200] : [404]),
    run: async (c) => asOutcome(await c.as.GET('/v1/people/{id}', onPerson(victimPerson))),
  },
  rolesOnly('POST /v1/people/:id/invitations', [], 201, async (c) =>
    c.as.POST('/v1/people/{id}/invitations', onPerson((await newPerson()).id)),
  ),
  rolesOnly('POST /v1/people/:id/disable', [], 200, async (c) => c.as.POST('/v1/people/{id}/disable', onPerson((await newPerson()).id))),
  rolesOnly('POST /v1/people/:id/enable', [], 200, (c) => c.as.POST('/v1/people/{id}/enable', onPerson(victimPerson))),
  // invitation links: the token is the credential, the same for everyone (and for no key)
  everyone('GET /v1/invitations/:token', 200, async (c) => c.as.GET('/v1/invitations/{token}', onInvitation((await newPerson()).token))),
  everyone('POST /v1/invitations/:token/acceptance', 200, async (c) =>
    c.as.POST('/v1/invitations/{token}/acceptance', {
      ...onInvitation((await newPerson()).token),
      body: { password: '水务局整改联络员密码' },
    }),
  ),
  // plans
  rolesOnly('POST /v1/plans', [], 201, (c) =>
    c.as.POST('/v1/plans', { body: { id: `P-${++seq}`, title: '方案', sourceInspection: '督察', ownerUnitId: 'dist-a' } }),
  ),
  {
    name: 'GET /v1/plans/:id',
    expected: (role, scope) => (role === 'admin' ? [200] : role !== 'leader' ? [403] : scope === 'in' ? [200] : [404]),
    run: async (c) => asOutcome(await c.as.GET('/v1/plans/{id}', { params: { path: { id: 'PLAN-A' } } })),
  },
  {
    name: 'GET /v1/plans',
    // The plans a leader may open: district A's for the one in scope, none of them for the other.
    expected: (role) => (role === 'admin' || role === 'leader' ? [200] : [403]),
    async run(c) {
      const r = await c.as.GET('/v1/plans', { params: { query: { limit: 500 } } });
      if (r.response.status !== 200) return asOutcome(r);
      const ids = r.data!.items.map((p) => p.id);
      if (c.scope === 'out' && ids.includes('PLAN-A')) return { status: 200, leak: `lists district A's plans: ${ids.join(', ')}` };
      if (c.scope !== 'out' && !ids.includes('PLAN-A')) return { status: 200, leak: 'misses an in-scope plan' };
      return { status: 200 };
    },
  },
  {
    name: 'GET /v1/plans/:id/cockpit',
    expected: (role, scope) => (role === 'admin' ? [200] : role !== 'leader' ? [403] : scope === 'in' ? [200] : [404]),
    run: async (c) => asOutcome(await c.as.GET('/v1/plans/{id}/cockpit', { params: { path: { id: 'PLAN-A' } } })),
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
      const r = await c.as.POST('/v1/items', { body });
      if (r.response.status === 201) aItems.push(r.data!.id);
      return asOutcome(r);
    },
  },
  itemList('GET /v1/items', {}),
  itemList('GET /v1/items?plan=PLAN-A', { plan: 'PLAN-A' }),
  itemList('GET /v1/items?unit=dist-a-water', { unit: 'dist-a-water' }),
  {
    name: 'GET /v1/items/:id',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    run: async (c) => asOutcome(await c.as.GET('/v1/items/{id}', { params: { path: { id: shared } } })),
  },
  {
    name: 'GET /v1/items/:id/events',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    run: async (c) => asOutcome(await c.as.GET('/v1/items/{id}/events', { params: { path: { id: shared } } })),
  },
  // the item's life
  itemCommand(
    'POST /v1/items/:id/acknowledgement',
    ['unit'],
    () => freshItem('assigned'),
    (item, as) => as.POST('/v1/items/{id}/acknowledgement', { ...item, body: {} }),
  ),
  itemCommand(
    'POST /v1/items/:id/progress-reports',
    ['unit'],
    () => freshItem('in_progress'),
    (item, as) => as.POST('/v1/items/{id}/progress-reports', { ...item, body: { percent: 20 } }),
  ),
  itemCommand(
    'POST /v1/items/:id/extension-requests',
    ['unit'],
    () => freshItem('in_progress'),
    (item, as) => as.POST('/v1/items/{id}/extension-requests', { ...item, body: { proposedDeadline: EXTENDED, reason: '汛期' } }),
  ),
  itemCommand(
    'POST /v1/items/:id/extension-requests/:rid/decision',
    ['supervisor'],
    () => freshItem('extension_pending'),
    ({ params, requestId }, as) =>
      as.POST('/v1/items/{id}/extension-requests/{requestId}/decision', {
        params: { path: { ...params.path, requestId } },
        body: { approve: true },
      }),
  ),
  roleGatedItemCommand(
    'POST /v1/items/:id/reassignment (to a unit in scope)',
    ['supervisor', 'leader'],
    () => freshItem('in_progress'),
    (item, as) => as.POST('/v1/items/{id}/reassignment', { ...item, body: { responsibleUnitId: 'dist-a-eco-lab', reason: '职责调整' } }),
  ),
  itemCommand(
    'POST /v1/items/:id/closure-requests',
    ['unit'],
    () => freshItem('in_progress'),
    (item, as) => as.POST('/v1/items/{id}/closure-requests', { ...item, body: { evidence: [photo] } }),
  ),
  itemCommand(
    'POST /v1/items/:id/objections',
    ['supervisor', 'leader', 'integrator'],
    () => freshItem('in_public_notice'),
    (item, as) => as.POST('/v1/items/{id}/objections', { ...item, body: { reason: '群众反映仍有异味' } }),
  ),
  itemCommand(
    'POST /v1/items/:id/objection-answers',
    ['unit'],
    () => freshItem('objected'),
    (item, as) => as.POST('/v1/items/{id}/objection-answers', { ...item, body: { answer: '已查明并整改' } }),
  ),
  itemCommand(
    'POST /v1/items/:id/verification',
    ['supervisor'],
    () => freshItem('awaiting_verification'),
    (item, as) => as.POST('/v1/items/{id}/verification', { ...item, body: { accept: false, reasons: ['证据不足'] } }),
  ),
  itemCommand(
    'POST /v1/items/:id/revisits/:rid/result',
    ['supervisor'],
    () => Promise.resolve({ id: shared }),
    ({ params }, as) =>
      as.POST('/v1/items/{id}/revisits/{revisitId}/result', {
        params: { path: { ...params.path, revisitId: 'r1-1' } },
        body: { outcome: 'consolidated' },
      }),
    409,
  ),
  itemCommand(
    'POST /v1/items/:id/escalations',
    ['leader'],
    () => freshItem('in_progress'),
    (item, as) => as.POST('/v1/items/{id}/escalations', { ...item, body: { level: 'warning', reason: '进展缓慢' } }),
  ),
  {
    // A read: the shared item is never escalated; the decider refuses other roles as it refuses their escalation.
    name: 'GET /v1/items/:id/escalations/preview',
    expected: (role, scope) => (role === 'admin' ? [200] : scope === 'out' ? [404] : role === 'leader' ? [200] : [403]),
    run: async (c) =>
      asOutcome(await c.as.GET('/v1/items/{id}/escalations/preview', { params: { path: { id: shared }, query: { level: 'summons' } } })),
  },
  itemCommand(
    'POST /v1/items/:id/escalations/:level/confirmation',
    ['leader'],
    () => Promise.resolve({ id: shared }),
    ({ params }, as) =>
      as.POST('/v1/items/{id}/escalations/{level}/confirmation', { params: { path: { ...params.path, level: 'bulletin' } } }),
    409,
  ),
  // the ledger: every principal, its rows limited to its scope
  {
    name: 'GET /v1/plans/:id/ledger',
    expected: (role, scope) => (scope === 'out' && role !== 'admin' ? [404] : [200]),
    async run(c) {
      const r = await c.as.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'PLAN-A' } }, headers: { accept: 'application/json' } });
      const status = r.response.status;
      if (status !== 200) return asOutcome(r);
      const text = JSON.stringify(r.data);
      const sharedCode = `"${sharedItemCode}"`;
      if (c.scope === 'out' && (aItems.some((id) => text.includes(id)) || text.includes(sharedCode)))
        return { status, leak: 'ledger shows district A items' };
      if (c.scope !== 'out' && !text.includes(sharedCode) && !text.includes(shared))
        return { status, leak: 'ledger misses an in-scope item' };
      return { status };
    },
  },
  // the import: admins and integrators, into a plan in scope (a dry run of one row: nothing is written)
  {
    name: 'POST /v1/plans/:id/items:import',
    expected: (role, scope) => (role === 'admin' ? [200] : role !== 'integrator' ? [403] : scope === 'in' ? [200] : [404]),
    async run(c) {
      const csv = `序号,问题,整改目标,整改措施,责任单位,配合单位,责任人,督导单位,整改时限,阶段性目标,类型\n1,问题,目标,措施,A区水务局,,,A区生态环境分局,${DEADLINE},,限时整改\n`;
      // The file as the whole body (text/csv): a raw upload, sent with plain fetch.
      const r = await sendUntyped(stack.baseUrl, 'POST', '/v1/plans/PLAN-A/items:import?dryRun=true', {
        key: c.key,
        body: csv,
        contentType: 'text/csv',
      });
      return { status: r.status, body: r.body };
    },
  },
  // webhooks: an integrator's (or an admin's) own subscriptions
  rolesOnly('POST /v1/webhooks', ['integrator'], 201, (c) =>
    c.as.POST('/v1/webhooks', { body: { url: 'https://hooks.example.invalid/m', eventTypes: ['*'] } }),
  ),
  rolesOnly('GET /v1/webhooks', ['integrator'], 200, async (c) => {
    const r = await c.as.GET('/v1/webhooks');
    const leaked = c.role !== 'admin' && r.response.status === 200 && r.data!.items.some((w) => w.id === foreignWebhook);
    return leaked ? { status: r.response.status, leak: "lists another principal's subscription" } : asOutcome(r);
  }),
  {
    name: "GET /v1/webhooks/:id (another's)",
    expected: (role) => (role === 'admin' ? [200] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await c.as.GET('/v1/webhooks/{id}', onWebhook(foreignWebhook))),
  },
  {
    name: "GET /v1/webhooks/:id/deliveries (another's)",
    expected: (role) => (role === 'admin' ? [200] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await c.as.GET('/v1/webhooks/{id}/deliveries', onWebhook(foreignWebhook))),
  },
  {
    name: "POST /v1/webhooks/:id/deliveries/:deliveryId/replay (another's)",
    expected: (role) => (role === 'admin' ? [202] : role === 'integrator' ? [404] : [403]),
    run: async (c) =>
      asOutcome(
        await c.as.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/replay', {
          params: { path: { id: foreignWebhook, deliveryId: await foreignDelivery() } },
        }),
      ),
  },
  {
    name: "DELETE /v1/webhooks/:id (another's)",
    expected: (role) => (role === 'admin' ? [204] : role === 'integrator' ? [404] : [403]),
    run: async (c) => asOutcome(await c.as.DELETE('/v1/webhooks/{id}', onWebhook(await webhookOf(victimIntegrator.key)))),
  },
  // calendar, inbox, me, reports
  everyone('GET /v1/calendar/:year', 200, (c) => c.as.GET('/v1/calendar/{year}', { params: { path: { year: 2026 } } })),
  rolesOnly('PUT /v1/calendar/:year', [], 200, (c) =>
    c.as.PUT('/v1/calendar/{year}', { params: { path: { year: 2099 } }, body: { holidays: [], workdays: [] } }),
  ),
  rolesOnly('GET /v1/calendar/:year/replan', [], 200, (c) => c.as.GET('/v1/calendar/{year}/replan', { params: { path: { year: 2099 } } })),
  everyone('GET /v1/inbox', 200, (c) => c.as.GET('/v1/inbox')),
  everyone("GET /v1/inbox/unread-counts (the caller's own, not another's notification)", 200, async (c) => {
    const r = await c.as.GET('/v1/inbox/unread-counts', { params: { query: { items: shared } } });
    if (r.response.status !== 200) return asOutcome(r);
    const own = (await c.as.GET('/v1/inbox', { params: { query: { unread: true, limit: 500 } } })).data!.items;
    const counted = r.data!.items[0]?.unread;
    const owned = own.filter((n) => n.itemId === shared).length;
    return counted === owned ? { status: 200 } : { status: 200, leak: `counts ${counted} unread about the item, owns ${owned}` };
  }),
  {
    name: "POST /v1/inbox/:id/read (another's notification)",
    expected: () => [404],
    run: async (c) => asOutcome(await c.as.POST('/v1/inbox/{id}/read', { params: { path: { id: foreignNotification } } })),
  },
  // public: probes and scrapes, the same for everyone (and for no key)
  everyone('GET /healthz', 200, () => stack.client().GET('/healthz')),
  everyone('GET /readyz', 200, () => stack.client().GET('/readyz')),
  everyone('GET /metrics', 200, () => stack.client().GET('/metrics', { parseAs: 'text' })),
  everyone('GET /v1/me/channels', 200, (c) => c.as.GET('/v1/me/channels')),
  everyone('PUT /v1/me/channels', 200, (c) => c.as.PUT('/v1/me/channels', { body: { channels: [] } })),
  reportRows('GET /v1/reports/dispatch', (as) => as.GET('/v1/reports/dispatch', { params: { query: { week: '2026-W40' } } })),
  reportRows('GET /v1/reports/bulletin', (as) => as.GET('/v1/reports/bulletin', { params: { query: { month: '2026-10' } } })),
  // Last: the admin's row moves a district-A item to district B, which would change what the rows above see.
  {
    name: 'POST /v1/items/:id/reassignment (to a unit out of scope)',
    expected: (role, scope) =>
      role === 'admin' ? [200] : !['supervisor', 'leader'].includes(role) ? [403] : scope === 'out' ? [404] : [422],
    async run(c) {
      const target = c.role === 'admin' ? (await freshItem('in_progress')).id : shared;
      const r = await c.as.POST('/v1/items/{id}/reassignment', {
        params: { path: { id: target } },
        body: { responsibleUnitId: 'dist-b-water', reason: '职责调整' },
      });
      if (r.response.status === 422 && r.error?.type !== '/problems/unknown-unit')
        return { status: r.response.status, body: r.error, leak: `refused as ${r.error?.type}, not as an unknown unit` };
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
    ] as const;
    await createUnits(asAdmin(), units);
    const policy = { revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'] };
    for (const [id, extra] of [
      ['PLAN-A', {}],
      ['PLAN-A-NOTICE', { publicNoticePeriod: 'P30D' }],
    ] as const) {
      const plan = { id, title: 'A区整改方案', sourceInspection: '督察', ownerUnitId: 'dist-a', policy: { ...policy, ...extra } };
      expect((await asAdmin().POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    const names = units.map(({ id, name }) => ({ id, name }));
    await storeReport(stack.database.db, computeDispatch(septemberLog(), names, '2026-W40'));
    await storeReport(stack.database.db, computeBulletin(septemberLog(), names, '2026-10'));
    const adminId = (await findPrincipalByKey(stack.database.db, admin()))!.id;
    callers.set('admin:all', { role: 'admin', scope: 'all', key: admin(), id: adminId, as: asAdmin() });
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
        const principal = await newPrincipal(role, [unit]);
        callers.set(`${role}:${scope}`, { role, scope, ...principal, as: stack.client(principal.key) });
      }
    }
    victim = (await newPrincipal('unit', ['dist-a-water'])).id;
    victimIntegrator = await newPrincipal('integrator', ['dist-a']);
    victimPerson = (await newPerson()).id;
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
    const template = (path: string) => path.replace(/\{[^}]+\}/g, '{}').replace(/\/:[A-Za-z]+/g, '/{}');
    const covered = new Set(operations.map((op) => template(op.name.split(/[ ?]\(|\?/)[0].trim())));
    const paths: Record<string, Record<string, unknown>> = JSON.parse(await generateOpenApiDocument()).paths;
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${template(path)}`),
    );
    expect(documented.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it('left the shared item untouched by every refused caller', async () => {
    const events = (await asAdmin().GET('/v1/items/{id}/events', { params: { path: { id: shared } } })).data!.items;
    const adminId = callers.get('admin:all')!.id;
    const strangers = events.filter((e) => ![adminId, 'system'].includes(String(e.metadata.actorId)));
    expect(strangers.map((e) => `${e.type} by ${String(e.metadata.role)}`)).toEqual([]);
  });
});

function table(cells: string[][]): string {
  const all = [['operation', 'role', 'scope', 'expected', 'got'], ...cells];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ')).join('\n');
}
