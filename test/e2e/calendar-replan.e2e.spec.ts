import { apiClient } from '../support/http';
import { addCalendarDays, addWorkingDays, endOfDay, nextWorkingDayOnOrAfter } from '@closeloop/domain';
import { type RunningStack, startStack } from '../support/running-stack';
import { ordinaryFriday, seededCalendar } from '../support/test-dates';

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

  // A Friday in a plain week two months or more ahead: nothing falls due while the test runs, and the answer is
  // known whatever day it runs on (the original test's Friday 2027-12-31 would have passed by 2028).
  const calendar = seededCalendar();
  const friday = ordinaryFriday(calendar, 60);
  const year = friday.slice(0, 4);
  const thursday = addCalendarDays(friday, -1);

  const file = async (code: string) =>
    (
      await call('POST', '/v1/items', {
        key: stack.adminKey,
        body: {
          planCode: 'CAL', code, title: '整改', finding: '问题', target: '目标',
          deadline: friday, responsibleUnitId: 'hhht-water', supervisingUnitId: 'hhht-eco',
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
    // Before: the deadline-soon warning is due two working days before the Friday, i.e. at the end of Wednesday.
    expect(open.nextWakeUp).toBe(endOfDay(addWorkingDays(calendar, friday, -2)).toISOString());
    expect(open.nextWakeUp).toBe(endOfDay(addCalendarDays(friday, -2)).toISOString());

    // Thursday and Friday become holidays: the deadline rolls to Monday, and two working days before it is
    // Tuesday, so the warning moves to the end of that day. The admin adds the two days to the year's calendar.
    const current = (await call('GET', `/v1/calendar/${year}`, { key: stack.adminKey })).body;
    const demo = [thursday, friday].map((date) => ({ date, name: '演示假日' }));
    const put = await call('PUT', `/v1/calendar/${year}`, {
      key: stack.adminKey,
      body: { holidays: [...current.holidays, ...demo], workdays: current.workdays },
    });
    expect(put.status).toBe(200);
    expect(put.body.replannedItems).toBe(1);
    // The re-plan is a workflow of its own; one item is done before the answer, and its progress stays readable.
    const replan = { year: Number(year), total: 1, replanned: 1, unchanged: 0, failed: 0, done: true };
    expect(put.body.replan).toMatchObject({ ...replan, workflowId: `calendar-replan-${year}-v${put.body.replan.calendarVersion}` });
    expect((await call('GET', `/v1/calendar/${year}/replan`, { key: stack.adminKey })).body).toEqual(put.body.replan);
    expect((await call('GET', `/v1/calendar/${year}/replan`, { key: await stack.keyFor('leader', ['hhht']) })).status).toBe(403);

    const openLog = await events(open.id);
    expect(openLog.at(-1)).toMatchObject({ type: 'CalendarApplied', metadata: { role: 'admin', reason: `calendar ${year} changed` } });
    expect(openLog.at(-1).data.calendar.holidays).toEqual(expect.arrayContaining([thursday, friday]));
    expect((await events(closed.id)).some((e) => e.type === 'CalendarApplied')).toBe(false);

    const replanned = (await call('GET', `/v1/items/${open.id}`, { key: stack.adminKey })).body;
    const changed = { ...calendar, holidays: [...calendar.holidays, thursday, friday] };
    const monday = nextWorkingDayOnOrAfter(changed, friday);
    expect(monday).toBe(addCalendarDays(friday, 3));
    expect(replanned.nextWakeUp).toBe(endOfDay(addWorkingDays(changed, monday, -2)).toISOString());
    expect(replanned.nextWakeUp).toBe(endOfDay(addCalendarDays(friday, -3)).toISOString());
  });
});
