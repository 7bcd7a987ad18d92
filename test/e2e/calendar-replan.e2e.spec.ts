import { apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';

/** Editing the calendar re-plans open items (their timers follow the new working days), not closed ones. */
describe('a calendar edit re-plans open items', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    const admin = stack.adminKey;
    for (const unit of [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
      { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
    ]) {
      await call('POST', '/v1/units', { key: admin, body: unit });
    }
    const policy = { dayCount: 'working', revisitAfter: [], dueSoonBefore: 'P2D' };
    expect((await call('POST', '/v1/plans', { key: admin, body: { id: 'CAL', title: '方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy } })).status).toBe(201);
  });
  afterAll(() => stack?.stop());

  const file = async (code: string) =>
    (
      await call('POST', '/v1/items', {
        key: stack.adminKey,
        body: {
          planCode: 'CAL', code, title: '整改', finding: '问题', target: '目标',
          deadline: '2027-12-31', responsibleUnitId: 'hhht-water', supervisingUnitId: 'hhht-eco',
        },
      })
    ).body;
  const events = async (id: string) => (await call('GET', `/v1/items/${id}/events`, { key: stack.adminKey })).body.items as any[];

  it('records CalendarApplied on the open item, moves its timers, and leaves the closed item alone', async () => {
    const open = await file('1');
    const closed = await file('2');
    const on = (path: string, body: unknown) => call('POST', `/v1/items/${closed.id}${path}`, { key: stack.adminKey, body });
    expect((await on('/acknowledgement', {})).status).toBe(200);
    expect((await on('/closure-requests', { evidence: [{ kind: 'photo', ref: 'p.jpg' }] })).status).toBe(200);
    expect((await on('/verification', { accept: true })).body.status).toBe('closed');
    // Before: the deadline-soon warning is due two working days before Friday 2027-12-31, i.e. at the end of Wed 12-29.
    expect(open.nextWakeUp).toBe('2027-12-29T16:00:00.000Z');

    // 2027-12-30 and -31 become holidays: the deadline rolls to Monday 2028-01-03, and two working days before it
    // is Tuesday 12-28, so the warning moves to the end of that day.
    const put = await call('PUT', '/v1/calendar/2027', {
      key: stack.adminKey,
      body: { holidays: [{ date: '2027-12-30', name: '演示假日' }, { date: '2027-12-31', name: '演示假日' }], workdays: [] },
    });
    expect(put.status).toBe(200);
    expect(put.body.replannedItems).toBe(1);

    const openLog = await events(open.id);
    expect(openLog.at(-1)).toMatchObject({ type: 'CalendarApplied', metadata: { role: 'admin', reason: 'calendar 2027 changed' } });
    expect(openLog.at(-1).data.calendar.holidays).toEqual(expect.arrayContaining(['2027-12-30', '2027-12-31']));
    expect((await events(closed.id)).some((e) => e.type === 'CalendarApplied')).toBe(false);

    const replanned = (await call('GET', `/v1/items/${open.id}`, { key: stack.adminKey })).body;
    expect(replanned.nextWakeUp).toBe('2027-12-28T16:00:00.000Z');
  });
});
