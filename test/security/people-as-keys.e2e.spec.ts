import { calendarStreamId, planStreamId } from '@closeloop/contracts';
import type { Role } from '@closeloop/domain';
import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { type ApiClient, createUnits } from '../support/api';
import { type NewPerson, newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';
import { fileItem } from '../support/file-item';

const DEADLINE = endOfMonthAhead(7);
/** Plans of their own (item ids derive from plan and code: a second run on the same Temporal server files new items). */
const RUN = randomBytes(3).toString('hex').toUpperCase();
const planOf = (district: 'A' | 'B' | 'C') => `PLAN-${district}-${RUN}`;

type PersonRole = Exclude<Role, 'integrator'>;
/** A generated client's answer, as compared: the status and the body. */
type Answer = { response: Response; data?: unknown; error?: unknown };

/**
 * One authorization path: a person signed in with a cookie sees and may do exactly what an API key of the same role
 * and units sees and may do — the same lists, the same items, the same 403 and 404 for another unit's item — and
 * the events they cause say who they are (id, name, role, own units). District A's items are in scope, district B's
 * are not (the organisation of the authorization matrix, smaller).
 */
describe('a person and a key of the same role and units', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  const scopes: Record<PersonRole, string[]> = {
    unit: ['dist-a-water'],
    supervisor: ['dist-a-eco'],
    leader: ['dist-a'],
    admin: ['city'],
  };
  const pairs = {} as Record<PersonRole, { key: ApiClient; person: NewPerson }>;
  let inA = '';
  let inB = '';
  let seq = 0;

  const file = async (district: 'a' | 'b'): Promise<string> => {
    const filed = await fileItem(admin, {
      planCode: planOf(district === 'a' ? 'A' : 'B'),
      code: `${++seq}`,
      title: '河道整治',
      deadline: DEADLINE,
      responsibleUnitId: `dist-${district}-water`,
      supervisingUnitId: `dist-${district}-eco`,
    });
    return filed.id;
  };

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, [
      { id: 'city', name: '市人民政府', kind: 'plan_owner' },
      { id: 'dist-a', name: 'A区人民政府', kind: 'district', parentId: 'city' },
      { id: 'dist-a-eco', name: 'A区生态环境分局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-a-water', name: 'A区水务局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-b', name: 'B区人民政府', kind: 'district', parentId: 'city' },
      { id: 'dist-b-eco', name: 'B区生态环境分局', kind: 'department', parentId: 'dist-b' },
      { id: 'dist-b-water', name: 'B区水务局', kind: 'department', parentId: 'dist-b' },
    ]);
    for (const district of ['a', 'b'] as const) {
      const plan = {
        id: planOf(district === 'a' ? 'A' : 'B'),
        title: '整改方案',
        sourceInspection: '督察',
        ownerUnitId: `dist-${district}`,
      };
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    inA = await file('a');
    inB = await file('b');
    await file('a');
    await file('b');
    for (const role of Object.keys(scopes) as PersonRole[]) {
      pairs[role] = {
        key: stack.client(await stack.keyFor(role, scopes[role])),
        person: await newPerson(stack, role, scopes[role], { name: `${role}人员` }),
      };
    }
  }, 120_000);
  afterAll(() => stack?.stop());

  /** Each read, as the key and as the person: status and body must be the same. */
  const reads: Array<[string, (as: ApiClient) => Promise<Answer>]> = [
    ['GET /v1/items', (as) => as.GET('/v1/items')],
    ['GET /v1/items?unit=dist-a-water', (as) => as.GET('/v1/items', { params: { query: { unit: 'dist-a-water' } } })],
    ['GET /v1/items?plan=PLAN-B', (as) => as.GET('/v1/items', { params: { query: { plan: planOf('B') } } })],
    ["GET /v1/items/:id (district A's)", (as) => as.GET('/v1/items/{id}', { params: { path: { id: inA } } })],
    ["GET /v1/items/:id (district B's)", (as) => as.GET('/v1/items/{id}', { params: { path: { id: inB } } })],
    ["GET /v1/items/:id/events (district B's)", (as) => as.GET('/v1/items/{id}/events', { params: { path: { id: inB } } })],
    ['GET /v1/plans/PLAN-A', (as) => as.GET('/v1/plans/{id}', { params: { path: { id: planOf('A') } } })],
    ['GET /v1/plans/PLAN-B', (as) => as.GET('/v1/plans/{id}', { params: { path: { id: planOf('B') } } })],
    [
      'GET /v1/plans/PLAN-A/ledger',
      (as) => as.GET('/v1/plans/{id}/ledger', { params: { path: { id: planOf('A') } }, headers: { accept: 'application/json' } }),
    ],
    [
      'GET /v1/plans/PLAN-B/ledger',
      (as) => as.GET('/v1/plans/{id}/ledger', { params: { path: { id: planOf('B') } }, headers: { accept: 'application/json' } }),
    ],
    ['GET /v1/units', (as) => as.GET('/v1/units')],
    ['GET /v1/principals', (as) => as.GET('/v1/principals')],
    ['GET /v1/calendar/2026', (as) => as.GET('/v1/calendar/{year}', { params: { path: { year: 2026 } } })],
  ];
  const seen = (answer: Answer) => ({ status: answer.response.status, body: answer.data ?? answer.error });
  /** Problems name the request path; nothing else may differ. */
  const comparable = (answer: Answer) => JSON.parse(JSON.stringify(seen(answer)).replace(/"instance":"[^"]*"/g, '"instance":""'));

  it.each(Object.keys(scopes) as PersonRole[])('as a %s: the same answer to every read', async (role) => {
    const { key, person } = pairs[role];
    for (const [name, read] of reads) {
      expect({ name, ...comparable(await read(person.session.as)) }).toEqual({ name, ...comparable(await read(key)) });
    }
  });

  it.each(['unit', 'supervisor', 'leader'] as const)('as a %s: the same refusals of commands, and nothing changes', async (role) => {
    const { key, person } = pairs[role];
    const before = await stack.database.db
      .selectFrom('events')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const commands: Array<[string, (as: ApiClient) => Promise<Answer>]> = [
      ["acknowledge district B's item", (as) => as.POST('/v1/items/{id}/acknowledgement', { params: { path: { id: inB } }, body: {} })],
      [
        'verify as anyone but its supervisor',
        (as) => as.POST('/v1/items/{id}/verification', { params: { path: { id: inA } }, body: { accept: true } }),
      ],
      ['create a unit', (as) => as.POST('/v1/units', { body: { id: `x-${++seq}`, name: '新单位', kind: 'department' } })],
      [
        'create a person',
        (as) => as.POST('/v1/people', { body: { name: 'x', login: `x-${++seq}`, role: 'unit', unitIds: ['dist-a-water'] } }),
      ],
    ];
    for (const [name, command] of commands) {
      const asPerson = seen(await command(person.session.as));
      const asKey = seen(await command(key));
      expect({ name, status: asPerson.status }).toEqual({ name, status: asKey.status });
      expect(asPerson.status).toBeGreaterThanOrEqual(403);
      expect(asPerson.status).toBeLessThan(500);
    }
    const after = await stack.database.db
      .selectFrom('events')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('records who acted on the events a person causes: id, name, role and their own units', async () => {
    const { person } = pairs.unit;
    const acknowledged = await person.session.as.POST('/v1/items/{id}/acknowledgement', { params: { path: { id: inA } }, body: {} });
    expect(acknowledged.response.status).toBe(200);
    const reported = await person.session.as.POST('/v1/items/{id}/progress-reports', {
      params: { path: { id: inA } },
      body: { percent: 30, note: '完成清淤' },
    });
    expect(reported.response.status).toBe(200);
    const log = (await pairs.leader.person.session.as.GET('/v1/items/{id}/events', { params: { path: { id: inA } } })).data!.items;
    const byPerson = log.filter((e) => e.metadata.actorId === person.id);
    expect(byPerson.map((e) => e.type)).toEqual(['ItemAcknowledged', 'ProgressReported']);
    for (const event of byPerson) {
      expect(event.metadata).toEqual({
        actorId: person.id,
        actorName: 'unit人员',
        role: 'unit',
        actorUnitIds: ['dist-a-water'],
        commandId: expect.any(String),
        requestId: expect.any(String),
      });
    }
    // The leader's escalation gives a reason, and records the leader's own unit (not the sub-units in scope).
    const escalated = await pairs.leader.person.session.as.POST('/v1/items/{id}/escalations', {
      params: { path: { id: inA } },
      body: { level: 'warning', reason: '进展缓慢' },
    });
    expect(escalated.response.status).toBe(200);
    const last = (await admin.GET('/v1/items/{id}/events', { params: { path: { id: inA } } })).data!.items.at(-1)!;
    expect(last.metadata).toMatchObject({ actorName: 'leader人员', role: 'leader', actorUnitIds: ['dist-a'], reason: '进展缓慢' });
  });

  it('records the person on the plan and calendar events they cause as well', async () => {
    const { person } = pairs.admin;
    const plan = { id: planOf('C'), title: '整改方案', sourceInspection: '督察', ownerUnitId: 'city' };
    expect((await person.session.as.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    const calendar = await person.session.as.PUT('/v1/calendar/{year}', {
      params: { path: { year: 2099 } },
      body: { holidays: [], workdays: [] },
    });
    expect(calendar.response.status).toBe(200);
    const events = await stack.database.db
      .selectFrom('events')
      .select(['stream_id', 'metadata'])
      .where('stream_id', 'in', [planStreamId(planOf('C')), calendarStreamId(2099)])
      .execute();
    expect(new Set(events.map((e) => e.stream_id))).toEqual(new Set([planStreamId(planOf('C')), calendarStreamId(2099)]));
    for (const event of events) {
      expect(event.metadata).toMatchObject({ actorId: person.id, actorName: 'admin人员', role: 'admin', actorUnitIds: ['city'] });
    }
  });
});
