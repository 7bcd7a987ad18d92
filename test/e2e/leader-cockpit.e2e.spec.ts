import type { Schemas, operations } from '@closeloop/api-client';
import { addCalendarDays } from '@closeloop/domain';
import { type ReportEvent, computeBulletin, parseMonth, previousPeriod, storeReport, weekOf } from '@closeloop/reports';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead, todayInShanghai } from '../support/test-dates';
import { until } from '../support/until';
import { fileItem } from '../support/file-item';

type Cockpit = Schemas['PlanCockpit'];
type Tally = Cockpit['total'];
type ListQuery = NonNullable<operations['listItems']['parameters']['query']>;

const today = todayInShanghai();
const DEADLINE = endOfMonthAhead(6);
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/after.jpg' };

/** Every number of the cockpit, named, with the list query behind it. */
function tallies(cockpit: Cockpit): [string, Tally][] {
  return [
    ['total', cockpit.total],
    ...cockpit.byStatus.map((t): [string, Tally] => [`status ${t.status}`, t]),
    ...cockpit.byLight.map((t): [string, Tally] => [`light ${t.light}`, t]),
    ['overdue', cockpit.overdue],
    ...cockpit.byEscalation.map((t): [string, Tally] => [`escalation ${t.level}`, t]),
    ['awaiting confirmation', cockpit.awaitingConfirmation],
    ...cockpit.ranking.units.map((u): [string, Tally] => [`ranked unit ${u.unitId}`, u.planItems]),
  ];
}

/**
 * 领导驾驶舱: a plan's counts by status, light, overdue, escalation rung and awaiting confirmation, the units of the
 * latest monthly bulletin's ranking and the trend of twelve weeks, for the plans under a leader; each count is the
 * length of the item list its drill-down query gives, for the same caller.
 */
describe('the leader cockpit (领导驾驶舱)', () => {
  jest.setTimeout(180_000);
  let stack: RunningStack;
  let admin: ApiClient;
  const as: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  /** Before anything was filed: the trend's weeks before this one are empty when the run stays in one week. */
  const startedIn = weekOf(new Date());
  const onItem = (code: string) => ({ params: { path: { id: ids[code] } } });
  const item = async (code: string) => (await admin.GET('/v1/items/{id}', onItem(code))).data!;
  const cockpitOf = async (caller: ApiClient, plan = 'COCKPIT') => caller.GET('/v1/plans/{id}/cockpit', { params: { path: { id: plan } } });

  const file = async (code: string, unit: string, options: { deadline?: string | null; kind?: 'long_term'; plan?: string } = {}) => {
    const filed = await fileItem(admin, {
      planCode: options.plan ?? 'COCKPIT',
      code,
      ...(options.kind ? { kind: options.kind } : { deadline: options.deadline ?? DEADLINE }),
      responsibleUnitId: unit,
      supervisingUnitId: 'hhht-eco',
    });
    ids[code] = filed.id;
  };
  const acknowledge = async (code: string, unit: ApiClient) =>
    expect((await unit.POST('/v1/items/{id}/acknowledgement', { ...onItem(code), body: {} })).response.status).toBe(200);

  /** Every item a list query gives the caller, page by page. */
  const listed = async (caller: ApiClient, query: ListQuery) => {
    const items: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await caller.GET('/v1/items', { params: { query: { ...query, limit: 2, ...(cursor ? { cursor } : {}) } } });
      expect(r.response.status).toBe(200);
      items.push(...r.data!.items.map((i) => i.id));
      cursor = r.data!.nextCursor ?? undefined;
    } while (cursor);
    return items;
  };

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(
      admin,
      hohhotUnits('hhht', 'hhht-eco', 'xincheng', 'xincheng-water', 'saihan', 'saihan-water', 'wuchuan', 'wuchuan-water'),
    );
    // Long-term items report every two seconds; one missed report proposes a bulletin, which a leader must confirm.
    const policy = {
      dueSoonBefore: 'P7D',
      revisitAfter: ['P3M'],
      requiredEvidenceKinds: ['photo'],
      byKind: { long_term: { reportEvery: 'PT2S', escalation: [{ level: 'bulletin', missedReports: 1 }], confirmFrom: 'bulletin' } },
    } satisfies Schemas['CreatePlanDto']['policy'];
    for (const [id, owner] of [
      ['COCKPIT', 'hhht'],
      ['WUCHUAN', 'wuchuan'],
    ]) {
      const plan = { id, title: `整改方案 ${id}`, sourceInspection: '督察', ownerUnitId: owner, policy };
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    for (const [name, role, unit] of [
      ['xinchengUnit', 'unit', 'xincheng-water'],
      ['saihanUnit', 'unit', 'saihan-water'],
      ['supervisor', 'supervisor', 'hhht-eco'],
      ['city', 'leader', 'hhht'],
      ['xincheng', 'leader', 'xincheng'],
      ['wuchuan', 'leader', 'wuchuan'],
    ] as const) {
      as[name] = stack.client(await stack.keyFor(role, [unit]));
    }

    await file('X1', 'xincheng-water'); // assigned
    await file('X2', 'xincheng-water');
    await acknowledge('X2', as.xinchengUnit);
    await file('X3', 'xincheng-water');
    await acknowledge('X3', as.xinchengUnit);
    for (const [code, level] of [
      ['X2', 'warning'],
      ['X3', 'summons'],
    ] as const) {
      const r = await as.city.POST('/v1/items/{id}/escalations', { ...onItem(code), body: { level, reason: '进展缓慢' } });
      expect(r.response.status).toBe(200);
    }
    await file('X4', 'xincheng-water'); // closed this week
    await acknowledge('X4', as.xinchengUnit);
    await as.xinchengUnit.POST('/v1/items/{id}/closure-requests', { ...onItem('X4'), body: { evidence: [photo] } });
    expect((await as.supervisor.POST('/v1/items/{id}/verification', { ...onItem('X4'), body: { accept: true } })).response.status).toBe(
      200,
    );
    await file('X5', 'xincheng-water'); // awaiting verification
    await acknowledge('X5', as.xinchengUnit);
    await as.xinchengUnit.POST('/v1/items/{id}/closure-requests', { ...onItem('X5'), body: { evidence: [photo] } });
    await file('X6', 'xincheng-water', { kind: 'long_term' }); // a proposed bulletin
    await acknowledge('X6', as.xinchengUnit);
    await file('S1', 'saihan-water', { deadline: addCalendarDays(today, -10) }); // overdue: red
    await file('S2', 'saihan-water', { deadline: addCalendarDays(today, 3) }); // due soon: yellow
    await file('W1', 'wuchuan-water', { plan: 'WUCHUAN' });

    await until('S1 overdue', async () => (await item('S1')).light === 'red');
    await until('S2 due soon', async () => (await item('S2')).light === 'yellow');
    await until('X6 proposed', async () => (await item('X6')).escalation.proposed === 'bulletin');

    // Last month's bulletin, as the Schedule stores it: both water bureaus filed items then (and one of Wuchuan).
    const month = previousPeriod('bulletin', new Date());
    const filedAt = new Date(month.start.getTime() + 86_400_000);
    const log: ReportEvent[] = ['xincheng-water', 'saihan-water', 'wuchuan-water'].flatMap((unitId, i) => {
      const itemId = `0b0e3c1e-0000-4000-8000-00000000000${i + 1}`;
      const data = { itemId, at: filedAt.toISOString() };
      return [
        {
          type: 'ItemFiled',
          streamId: `item-${itemId}`,
          recordedAt: filedAt,
          data: { ...data, planCode: 'OLD', code: unitId, deadline: month.lastDay },
        },
        { type: 'ItemAssigned', streamId: `item-${itemId}`, recordedAt: filedAt, data: { ...data, responsibleUnitId: unitId } },
      ];
    });
    const names = [
      { id: 'xincheng-water', name: '新城区水务局' },
      { id: 'saihan-water', name: '赛罕区水务局' },
      { id: 'wuchuan-water', name: '武川县水务局' },
    ];
    for (const period of [month, previousPeriod('bulletin', month.start)]) {
      await storeReport(stack.database.db, computeBulletin(log, names, parseMonth(period.id)));
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('counts the plan by status, light, overdue, rung and awaiting confirmation', async () => {
    const { response, data } = await cockpitOf(as.city);
    expect(response.status).toBe(200);
    const cockpit = data!;
    const count = (list: { count: number }[], key: string, field: 'status' | 'light' | 'level') =>
      (list as unknown as Record<string, unknown>[]).find((t) => t[field] === key)!.count;
    expect({
      total: cockpit.total.count,
      assigned: count(cockpit.byStatus, 'assigned', 'status'),
      closed: count(cockpit.byStatus, 'closed', 'status'),
      awaitingVerification: count(cockpit.byStatus, 'awaiting_verification', 'status'),
      red: count(cockpit.byLight, 'red', 'light'),
      yellow: count(cockpit.byLight, 'yellow', 'light'),
      overdue: cockpit.overdue.count,
      warning: count(cockpit.byEscalation, 'warning', 'level'),
      summons: count(cockpit.byEscalation, 'summons', 'level'),
      bulletin: count(cockpit.byEscalation, 'bulletin', 'level'),
      awaitingConfirmation: cockpit.awaitingConfirmation.count,
    }).toEqual({
      total: 8,
      // X1, S1, S2 (never acknowledged)
      assigned: 3,
      closed: 1,
      awaitingVerification: 1,
      red: 1,
      // S2 due soon, X6 behind on its reports
      yellow: 2,
      overdue: 1,
      warning: 1,
      summons: 1,
      bulletin: 0,
      awaitingConfirmation: 1,
    });
  });

  it('gives, beside every number, the item list that is exactly the items behind it (for each caller)', async () => {
    for (const caller of ['city', 'xincheng'] as const) {
      const cockpit = (await cockpitOf(as[caller])).data!;
      for (const [name, tally] of tallies(cockpit)) {
        const items = await listed(as[caller], tally.query);
        expect({ caller, name, count: tally.count }).toEqual({ caller, name, count: items.length });
      }
    }
  });

  it('shows a leader only the items of its units', async () => {
    const cockpit = (await cockpitOf(as.xincheng)).data!;
    expect(cockpit.total.count).toBe(6);
    expect(cockpit.overdue.count).toBe(0);
    expect(cockpit.ranking.units.map((u) => u.unitId)).toEqual(['xincheng-water']);
  });

  it('ranks the plan’s units as the latest bulletin does, each with the plan’s items of the unit', async () => {
    const cockpit = (await cockpitOf(as.city)).data!;
    expect(cockpit.ranking.period).toBe(previousPeriod('bulletin', new Date()).id);
    // Wuchuan's bureau is in the bulletin but has no item in this plan.
    expect(cockpit.ranking.units.map((u) => [u.unitId, u.planItems.count])).toEqual(
      expect.arrayContaining([
        ['saihan-water', 2],
        ['xincheng-water', 6],
      ]),
    );
    expect(cockpit.ranking.units).toHaveLength(2);
    const ranks = cockpit.ranking.units.map((u) => u.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('draws twelve ISO weeks, this one last, ending with what the counts say now', async () => {
    const cockpit = (await cockpitOf(as.city)).data!;
    const weeks = cockpit.trend.weeks;
    expect(weeks).toHaveLength(12);
    const last = weeks[11];
    expect(Date.parse(last.to)).toBeLessThanOrEqual(Date.parse(cockpit.asOf));
    const byStatus = (status: string) => cockpit.byStatus.find((s) => s.status === status)!.count;
    expect({ open: last.open, overdue: last.overdue, red: last.red }).toEqual({
      open: cockpit.total.count - byStatus('closed') - byStatus('consolidated'),
      overdue: cockpit.overdue.count,
      red: cockpit.byLight.find((l) => l.light === 'red')!.count,
    });
    if (startedIn === last.week) {
      // Everything happened this week: X4's closure in it, nothing before it.
      expect(last.closed).toBe(1);
      expect(weeks.slice(0, 11).every((w) => w.open === 0 && w.closed === 0 && w.overdue === 0 && w.red === 0)).toBe(true);
    }
    for (let i = 1; i < 12; i++) expect(weeks[i].from).toBe(weeks[i - 1].to);
  });

  it('is a 404 to a leader of another plan, a 403 to other roles; a leader sees its own plan', async () => {
    expect((await cockpitOf(as.wuchuan)).response.status).toBe(404);
    expect((await cockpitOf(as.wuchuan, 'NO-SUCH-PLAN')).response.status).toBe(404);
    const own = await cockpitOf(as.wuchuan, 'WUCHUAN');
    expect(own.response.status).toBe(200);
    expect(own.data!.total.count).toBe(1);
    expect((await cockpitOf(as.xinchengUnit)).response.status).toBe(403);
    expect((await cockpitOf(as.supervisor)).response.status).toBe(403);
  });
});
