/**
 * The time rules (deadline, reminders, light, report cadence, ladder) run from a table of awkward "now" instants.
 * Expectations are derived from `now` and the official 2026 calendar, never written per row; the file must pass
 * whatever the host's TZ (run it with TZ=Asia/Shanghai, UTC and America/Los_Angeles).
 */
import { periodEnd, periodOf } from '../cadence';
import { addCalendarDays, addWorkingDays, nextOfficeInstant } from '../calendar';
import { calendar2026 as calendar } from '../calendar/china-2026.fixture';
import { dateOf, endOfDay } from '../calendar-date';
import { decide } from '../decide';
import type { EscalationRule, Policy } from '../policy';
import type { ItemEvent } from '../events';
import { dueTimeFacts, nextWakeUp, pendingTimeFacts } from '../time-facts';
import { trafficLight } from '../traffic-light';
import { workingDaysOverdue } from '../working-time';
import { acknowledged, assigned, deciderAt, filed, recordTimeFacts, stateAfter } from './fixtures';

const nows: [string, Date][] = [
  ['周五晚 Friday 20:00 Asia/Shanghai (2026-12-04T12:00Z)', new Date('2026-12-04T12:00:00Z')],
  ['周六上午 Saturday 10:00 Asia/Shanghai (2026-12-05T02:00Z)', new Date('2026-12-05T02:00:00Z')],
  ['调休周日 make-up working Sunday 20 Sep 10:00 Asia/Shanghai (2026-09-20T02:00Z)', new Date('2026-09-20T02:00:00Z')],
  [
    '国庆前最后一个工作日 last working day before National Day, Wed 30 Sep 17:00 Asia/Shanghai (2026-09-30T09:00Z)',
    new Date('2026-09-30T09:00:00Z'),
  ],
  ['年末 31 Dec 23:30 Asia/Shanghai (2026-12-31T15:30Z)', new Date('2026-12-31T15:30:00Z')],
  [
    '月末 23:30 UTC on Sat 28 Feb, a 调休 Saturday in UTC but already Sun 1 Mar 07:30 in Shanghai (2026-02-28T23:30Z)',
    new Date('2026-02-28T23:30:00Z'),
  ],
];

const DAY = 86_400_000;
const iso = (t: Date) => t.toISOString();
const plus = (t: Date, ms: number) => new Date(t.getTime() + ms);

/** Rest or work read straight off the published lists: an oracle that does not go through working-calendar.ts. */
const isRestDay = (date: string) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return calendar.holidays.includes(date) || ((weekday === 0 || weekday === 6) && !calendar.workdays.includes(date));
};
const firstDayFrom = (date: string, wanted: (d: string) => boolean) => {
  let day = date;
  while (!wanted(day)) day = addCalendarDays(day, 1);
  return day;
};
/** The dates in [from, to). */
const datesBetween = (from: string, to: string) => {
  const dates: string[] = [];
  for (let d = from; d < to; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
};
const shanghaiMinutes = (t: Date) => ((t.getTime() + 8 * 3_600_000) % DAY) / 60_000;
/** 09:00–17:30 in Shanghai on a working day (a 调休 weekend day counts, a holiday does not). */
const inOfficeHours = (t: Date) => !isRestDay(dateOf(t)) && shanghaiMinutes(t) >= 9 * 60 && shanghaiMinutes(t) < 17 * 60 + 30;

/** Whether an office opens (09:00 in Shanghai on a working day) strictly between two instants. */
const officeOpensBetween = (from: Date, to: Date) =>
  datesBetween(dateOf(from), addCalendarDays(dateOf(to), 1)).some((d) => {
    const opening = new Date(`${d}T09:00:00+08:00`);
    return !isRestDay(d) && opening > from && opening < to;
  });

const workingDayPolicy: Policy = {
  dueSoonBefore: 'P3D',
  revisitAfter: ['P3M'],
  requiredEvidenceKinds: [],
  dayCount: 'working',
  remindBefore: 'P1D',
};

/** Filed, assigned and acknowledged at `now`, on the 2026 calendar. */
const lifeFrom = (now: Date, item: Parameters<typeof filed>[0]): ItemEvent[] => [
  filed({ milestones: [], calendar, ...item }, iso(now)),
  assigned({}, iso(now)),
  acknowledged({}, iso(now)),
];

/** The item workflow's loop: from `now`, wake at each nextWakeUp up to `until` and record what fell due. */
function live(given: ItemEvent[], now: Date, until: Date): ItemEvent[] {
  const log = [...given];
  let clock = now;
  for (let guard = 0; guard < 100; guard++) {
    const state = stateAfter(log);
    const wake = nextWakeUp(state, clock);
    if (!wake || wake > until) return log.slice(given.length);
    if (wake > clock) clock = wake;
    log.push(...decide(recordTimeFacts(), state, clock));
  }
  throw new Error('the loop did not settle');
}

const timeline = (events: ItemEvent[]) =>
  events.map((e) => [e.type === 'EscalationRaised' ? `EscalationRaised:${e.data.level}` : e.type, e.data.at]);

/** The light right after the workflow, asleep since `now`, wakes at `at` and records what fell due. */
const lightWhenWokenAt = (given: ItemEvent[], at: Date) =>
  trafficLight(stateAfter([...given, ...decide(recordTimeFacts(), stateAfter(given), at)]));

const reminders = (events: ItemEvent[]) => events.filter((e): e is Extract<ItemEvent, { type: 'ReminderDue' }> => e.type === 'ReminderDue');

describe('the table of "now" instants matches the 2026 calendar', () => {
  const row = (prefix: string) => nows.find(([name]) => name.startsWith(prefix))![1];

  it('the 调休 Sunday is a Sunday that the calendar lists as a make-up working day', () => {
    const day = dateOf(row('调休周日'));
    expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBe(0);
    expect(calendar.workdays).toContain(day);
  });

  it('the last working day before National Day is a working day followed only by rest days up to the end of 国庆节', () => {
    const day = dateOf(row('国庆前'));
    expect(isRestDay(day)).toBe(false);
    const lastOfNationalDay = calendar.holidays.filter((d) => d.startsWith('2026-10')).at(-1)!;
    expect(datesBetween(addCalendarDays(day, 1), addCalendarDays(lastOfNationalDay, 1)).every(isRestDay)).toBe(true);
    expect(calendar.holidays).toContain(addCalendarDays(day, 1));
  });
});

describe.each(nows)('now = %s', (_name, now) => {
  const today = dateOf(now);

  describe('an item due five working days ahead', () => {
    const deadline = addWorkingDays(calendar, today, 5);
    const given = lifeFrom(now, { deadline, policy: workingDayPolicy });
    const warnAt = endOfDay(addWorkingDays(calendar, deadline, -3));
    const remindAt = nextOfficeInstant(calendar, endOfDay(addWorkingDays(calendar, deadline, -1)));
    const overdueAt = endOfDay(deadline);
    const recorded = live(given, now, plus(overdueAt, 30 * DAY));

    it('has a deadline five working days after today by the published lists', () => {
      expect(datesBetween(addCalendarDays(today, 1), addCalendarDays(deadline, 1)).filter((d) => !isRestDay(d))).toHaveLength(5);
      expect(isRestDay(deadline)).toBe(false);
    });

    it('has nothing due at now itself', () => {
      deciderAt(now)(given).when(recordTimeFacts()).then([]);
    });

    it('next wakes up after now, at the earliest pending fact', () => {
      const state = stateAfter(given);
      const wake = nextWakeUp(state, now)!;
      expect(wake.getTime()).toBeGreaterThan(now.getTime());
      expect(wake.getTime()).toBe(Math.min(...pendingTimeFacts(state).map((f) => f.at.getTime())));
    });

    it('warns three working days ahead, reminds at office hours, and is overdue once the deadline day is over in Shanghai', () => {
      expect(timeline(recorded)).toEqual([
        ['DeadlineApproaching', iso(warnAt)],
        ['ReminderDue', iso(remindAt)],
        ['ItemOverdue', iso(overdueAt)],
      ]);
      expect(inOfficeHours(remindAt)).toBe(true);
      expect([dateOf(plus(overdueAt, -1)), dateOf(overdueAt)]).toEqual([deadline, addCalendarDays(deadline, 1)]);
    });

    it('shows green until the warning, yellow until the deadline day is over, then red', () => {
      const lights = [now, plus(warnAt, -1), warnAt, plus(overdueAt, -1), overdueAt].map((t) => lightWhenWokenAt(given, t));
      expect(lights).toEqual(['green', 'green', 'yellow', 'yellow', 'red']);
    });
  });

  describe('an item whose deadline is the next rest day', () => {
    const nominal = firstDayFrom(addCalendarDays(today, 1), isRestDay);
    const recorded = live(lifeFrom(now, { deadline: nominal, policy: workingDayPolicy }), now, plus(endOfDay(nominal), 30 * DAY));

    it('rolls the deadline to the next working day and is overdue only once that day is over', () => {
      const overdue = recorded.find((e): e is Extract<ItemEvent, { type: 'ItemOverdue' }> => e.type === 'ItemOverdue')!;
      const effective = overdue.data.deadline;
      expect(effective > nominal).toBe(true);
      expect(isRestDay(effective)).toBe(false);
      expect(datesBetween(nominal, effective).every(isRestDay)).toBe(true);
      expect(overdue.data.at).toBe(iso(endOfDay(effective)));
    });

    it('reminds only at office hours on a working day', () => {
      expect(reminders(recorded).length).toBeGreaterThan(0);
      expect(reminders(recorded).filter((r) => !inOfficeHours(new Date(r.data.at)))).toEqual([]);
    });
  });

  describe('a weekly report cadence (周调度) acknowledged at now, missed reports on the ladder', () => {
    const escalation: EscalationRule[] = [
      { level: 'warning', missedReports: 1 },
      { level: 'bulletin', missedReports: 2 },
    ];
    const given = lifeFrom(now, { kind: 'long_term', deadline: null, policy: { ...workingDayPolicy, reportEvery: 'P7D', escalation } });
    const firstDue = plus(now, 7 * DAY);
    const secondDue = plus(now, 14 * DAY);
    const recorded = live(given, now, secondDue);

    it('puts now in report period 1, which ends seven days (168 h) later', () => {
      expect(periodEnd(iso(now), 'P7D', 1)).toEqual(firstDue);
      expect([now, plus(firstDue, -1), firstDue].map((t) => periodOf(iso(now), 'P7D', iso(t)))).toEqual([1, 1, 2]);
    });

    it('has nothing due at now but, when no office opens before the report, its reminder; next wakes up after now', () => {
      const state = stateAfter(given);
      const atNow = dueTimeFacts(state, now).map((e) =>
        e.type === 'ReminderDue' ? `${e.type}:${e.data.subject}:${e.data.dueAt}` : e.type,
      );
      expect(atNow).toEqual(officeOpensBetween(now, firstDue) ? [] : [`ReminderDue:report:${iso(firstDue)}`]);
      const wake = nextWakeUp(state, now)!;
      // A fact already due wakes the workflow at once; otherwise the next wake-up lies ahead.
      if (atNow.length > 0) expect(wake.getTime()).toBeLessThanOrEqual(now.getTime());
      else expect(wake.getTime()).toBeGreaterThan(now.getTime());
      expect(wake.getTime()).toBe(Math.min(...pendingTimeFacts(state).map((f) => f.at.getTime())));
    });

    it('records each unreported period as missed when it ends, one rung per period missed in a row', () => {
      expect(timeline(recorded.filter((e) => e.type !== 'ReminderDue'))).toEqual([
        ['ReportMissed', iso(firstDue)],
        ['EscalationRaised:warning', iso(firstDue)],
        ['ReportMissed', iso(secondDue)],
        ['EscalationRaised:bulletin', iso(secondDue)],
      ]);
    });

    it('reminds only at office hours on a working day', () => {
      expect(reminders(recorded).filter((r) => !inOfficeHours(new Date(r.data.at)))).toEqual([]);
    });

    // Where "a day before the report" is a rest day, the next opening may come after the report is due: the
    // reminder then goes out at the last opening before it.
    it('reminds of each report before it is due', () => {
      const missed = recorded.filter((e): e is Extract<ItemEvent, { type: 'ReportMissed' }> => e.type === 'ReportMissed');
      expect(reminders(recorded).map((r) => r.data.dueAt)).toEqual(missed.map((m) => m.data.dueAt));
      expect(reminders(recorded).filter((r) => r.data.at >= r.data.dueAt)).toEqual([]);
    });

    it('stays green until the first period ends unreported, then turns yellow', () => {
      expect([now, plus(firstDue, -1), firstDue].map((t) => lightWhenWokenAt(given, t))).toEqual(['green', 'green', 'yellow']);
    });

    // Where the Shanghai date is not the UTC date (00:00–08:00 in Shanghai), months count on Shanghai's calendar.
    it('ends a monthly period (P1M) on the same Shanghai day of the next month (or its last day), at the same time', () => {
      const [year, month, day] = today.split('-').map(Number);
      const daysInNextMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const sameDayNextMonth = new Date(Date.UTC(year, month, Math.min(day, daysInNextMonth))).toISOString().slice(0, 10);
      const expected = plus(now, Date.parse(sameDayNextMonth) - Date.parse(today));
      expect(iso(periodEnd(iso(now), 'P1M', 1))).toBe(iso(expected));
    });
  });

  describe('an item due today, on a ladder of overdue working days', () => {
    const escalation: EscalationRule[] = [
      { level: 'warning', overdueWorkingDays: 1 },
      { level: 'bulletin', overdueWorkingDays: 3 },
    ];
    const given = lifeFrom(now, { deadline: today, policy: { ...workingDayPolicy, escalation } });
    const recorded = live(given, now, plus(now, 30 * DAY));
    const effective = firstDayFrom(today, (d) => !isRestDay(d));

    it('is overdue once its (rolled) deadline day is over, and climbs at the end of the 1st and 3rd working day after it', () => {
      expect(timeline(recorded.filter((e) => e.type === 'ItemOverdue' || e.type === 'EscalationRaised'))).toEqual([
        ['ItemOverdue', iso(endOfDay(effective))],
        ['EscalationRaised:warning', iso(endOfDay(addWorkingDays(calendar, effective, 1)))],
        ['EscalationRaised:bulletin', iso(endOfDay(addWorkingDays(calendar, effective, 3)))],
      ]);
    });

    it('never climbs at the end of a rest day', () => {
      const raised = recorded.filter((e) => e.type === 'EscalationRaised');
      expect(raised.map((e) => isRestDay(dateOf(plus(new Date(e.data.at), -1))))).toEqual([false, false]);
    });

    it('counts only working days as overdue days (rest days add none)', () => {
      const overdue = stateAfter([...given, ...recorded]);
      for (let day = addCalendarDays(effective, 1); day <= addCalendarDays(effective, 14); day = addCalendarDays(day, 1)) {
        const noon = plus(endOfDay(day), -12 * 3_600_000);
        const workingDaysBefore = datesBetween(addCalendarDays(effective, 1), day).filter((d) => !isRestDay(d)).length;
        expect({ day, overdueWorkingDays: workingDaysOverdue(overdue, noon) }).toEqual({ day, overdueWorkingDays: workingDaysBefore });
      }
    });
  });
});
