import { addCalendarDays, addWorkingDays, endOfDay, nextWorkingDayOnOrAfter } from '@closeloop/domain';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type RunningStack, startStack } from '../support/running-stack';
import { ordinaryFriday, seededCalendar } from '../support/test-dates';
import { fileItem } from '../support/file-item';

/** Editing the calendar re-plans open items (their timers follow the new working days), not closed ones. */
describe('a calendar edit re-plans open items', () => {
  let stack: RunningStack;
  let admin: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water'));
    const policy = { dayCount: 'working' as const, revisitAfter: [], dueSoonBefore: 'P2D' };
    expect(
      (await admin.POST('/v1/plans', { body: { id: 'CAL', title: '方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy } }))
        .response.status,
    ).toBe(201);
  });
  afterAll(() => stack?.stop());

  // A Friday in a plain week two months or more ahead: nothing falls due while the test runs, and the answer is
  // known whatever day it runs on (the original test's Friday 2027-12-31 would have passed by 2028).
  const calendar = seededCalendar();
  const friday = ordinaryFriday(calendar, 60);
  const year = friday.slice(0, 4);
  const thursday = addCalendarDays(friday, -1);

  const file = (code: string) =>
    fileItem(admin, {
      planCode: 'CAL',
      code,
      title: '整改',
      deadline: friday,
      responsibleUnitId: 'hhht-water',
      supervisingUnitId: 'hhht-eco',
    });
  const events = async (id: string) => (await admin.GET('/v1/items/{id}/events', { params: { path: { id } } })).data!.items;

  it('records CalendarApplied on the open item, moves its timers, and leaves the closed item alone', async () => {
    const open = await file('1');
    const closed = await file('2');
    const on = { params: { path: { id: closed.id } } };
    expect((await admin.POST('/v1/items/{id}/acknowledgement', { ...on, body: {} })).response.status).toBe(200);
    expect(
      (await admin.POST('/v1/items/{id}/closure-requests', { ...on, body: { evidence: [{ kind: 'photo', ref: 'p.jpg' }] } })).response
        .status,
    ).toBe(200);
    expect((await admin.POST('/v1/items/{id}/verification', { ...on, body: { accept: true } })).data!.status).toBe('closed');
    // Before: the deadline-soon warning is due two working days before the Friday, i.e. at the end of Wednesday.
    expect(open.nextWakeUp).toBe(endOfDay(addWorkingDays(calendar, friday, -2)).toISOString());
    expect(open.nextWakeUp).toBe(endOfDay(addCalendarDays(friday, -2)).toISOString());

    // Thursday and Friday become holidays: the deadline rolls to Monday, and two working days before it is
    // Tuesday, so the warning moves to the end of that day. The admin adds the two days to the year's calendar.
    const onYear = { params: { path: { year: Number(year) } } };
    const current = (await admin.GET('/v1/calendar/{year}', onYear)).data!;
    const demo = [thursday, friday].map((date) => ({ date, name: '演示假日' }));
    const put = await admin.PUT('/v1/calendar/{year}', {
      ...onYear,
      body: { holidays: [...current.holidays, ...demo], workdays: current.workdays },
    });
    expect(put.response.status).toBe(200);
    expect(put.data!.replannedItems).toBe(1);
    // The re-plan is a workflow of its own; one item is done before the answer, and its progress stays readable.
    const replan = { year: Number(year), total: 1, replanned: 1, unchanged: 0, failed: 0, done: true };
    expect(put.data!.replan).toMatchObject({ ...replan, workflowId: `calendar-replan-${year}-v${put.data!.replan!.calendarVersion}` });
    expect((await admin.GET('/v1/calendar/{year}/replan', onYear)).data).toEqual(put.data!.replan);
    const leader = stack.client(await stack.keyFor('leader', ['hhht']));
    expect((await leader.GET('/v1/calendar/{year}/replan', onYear)).response.status).toBe(403);

    const openLog = await events(open.id);
    expect(openLog.at(-1)).toMatchObject({ type: 'CalendarApplied', metadata: { role: 'admin', reason: `calendar ${year} changed` } });
    // An event's data is a free-form object in the document.
    expect(openLog.at(-1)!.data.calendar).toMatchObject({ holidays: expect.arrayContaining([thursday, friday]) });
    expect((await events(closed.id)).some((e) => e.type === 'CalendarApplied')).toBe(false);

    const replanned = (await admin.GET('/v1/items/{id}', { params: { path: { id: open.id } } })).data!;
    const changed = { ...calendar, holidays: [...calendar.holidays, thursday, friday] };
    const monday = nextWorkingDayOnOrAfter(changed, friday);
    expect(monday).toBe(addCalendarDays(friday, 3));
    expect(replanned.nextWakeUp).toBe(endOfDay(addWorkingDays(changed, monday, -2)).toISOString());
    expect(replanned.nextWakeUp).toBe(endOfDay(addCalendarDays(friday, -3)).toISOString());
  });
});
