/**
 * Report periods (周调度 by ISO week, 月通报 by month, both in Asia/Shanghai) from a table of awkward "now" instants,
 * the same as in libs/domain/src/specs/any-now.spec.ts. Must pass whatever the host's TZ.
 */
import { dateOf } from '@closeloop/domain';
import { containsDate, isOver, monthOf, nextPeriod, periodOf, previousPeriod, reportKinds, weekOf } from '../periods';

const nows: [string, Date][] = [
  ['周五晚 Friday 20:00 Asia/Shanghai (2026-12-04T12:00Z)', new Date('2026-12-04T12:00:00Z')],
  ['周六上午 Saturday 10:00 Asia/Shanghai (2026-12-05T02:00Z)', new Date('2026-12-05T02:00:00Z')],
  ['调休周日 make-up working Sunday 20 Sep 10:00 Asia/Shanghai (2026-09-20T02:00Z)', new Date('2026-09-20T02:00:00Z')],
  [
    '国庆前最后一个工作日 last working day before National Day, Wed 30 Sep 17:00 Asia/Shanghai (2026-09-30T09:00Z)',
    new Date('2026-09-30T09:00:00Z'),
  ],
  ['年末 31 Dec 23:30 Asia/Shanghai (2026-12-31T15:30Z)', new Date('2026-12-31T15:30:00Z')],
  ['月末 23:30 UTC on Sat 28 Feb, already Sun 1 Mar 07:30 in Shanghai (2026-02-28T23:30Z)', new Date('2026-02-28T23:30:00Z')],
];
const row = (prefix: string) => nows.find(([name]) => name.startsWith(prefix))![1];

const DAY = 86_400_000;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** ISO 8601 by its definition: a week (Monday–Sunday) belongs to the year of its Thursday and is numbered by that Thursday. */
function isoWeekOf(date: string): string {
  const thursday = addDays(date, 3 - ((weekdayOf(date) + 6) % 7));
  const year = thursday.slice(0, 4);
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / DAY;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

describe.each(nows)('now = %s', (_name, now) => {
  const today = dateOf(now);

  describe.each(reportKinds)('the %s period', (kind) => {
    const current = periodOf(kind, now);

    it('contains now and its Shanghai date, and is not over', () => {
      expect(current.start.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(current.end.getTime()).toBeGreaterThan(now.getTime());
      expect(containsDate(current, today)).toBe(true);
      expect(isOver(current, now)).toBe(false);
    });

    it('starts at midnight in Shanghai on its first day and ends at midnight after its last day', () => {
      expect([dateOf(new Date(current.start.getTime() - 1)), dateOf(current.start)]).toEqual([
        addDays(current.firstDay, -1),
        current.firstDay,
      ]);
      expect([dateOf(new Date(current.end.getTime() - 1)), dateOf(current.end)]).toEqual([current.lastDay, addDays(current.lastDay, 1)]);
    });

    it('follows the previous period without a gap; the previous one is over at now, the next one has not begun', () => {
      const previous = previousPeriod(kind, now);
      const next = nextPeriod(current);
      expect(previous.end.getTime()).toBe(current.start.getTime());
      expect(isOver(previous, now)).toBe(true);
      expect(nextPeriod(previous).id).toBe(current.id);
      expect(next.start.getTime()).toBe(current.end.getTime());
      expect(next.start.getTime()).toBeGreaterThan(now.getTime());
      expect(containsDate(previous, today) || containsDate(next, today)).toBe(false);
    });
  });

  it('dispatches by the ISO week of the Shanghai date, Monday to Sunday', () => {
    const week = periodOf('dispatch', now);
    expect([week.id, weekOf(now)]).toEqual([isoWeekOf(today), isoWeekOf(today)]);
    expect([weekdayOf(week.firstDay), weekdayOf(week.lastDay), addDays(week.firstDay, 6)]).toEqual([1, 0, week.lastDay]);
  });

  it('bulletins by the month of the Shanghai date, from the 1st to its last day', () => {
    const month = periodOf('bulletin', now);
    expect([month.id, monthOf(now)]).toEqual([today.slice(0, 7), today.slice(0, 7)]);
    expect(month.firstDay).toBe(`${today.slice(0, 7)}-01`);
    expect(addDays(month.lastDay, 1).slice(0, 7)).not.toBe(today.slice(0, 7));
  });
});

describe('at the turn of the month and the year', () => {
  it('31 Dec 23:30 in Shanghai is still December 2026 and ISO week 2026-W53; the next ones are 2027-01 and 2027-W01', () => {
    const now = row('年末');
    expect([periodOf('bulletin', now).id, periodOf('dispatch', now).id]).toEqual(['2026-12', '2026-W53']);
    expect([nextPeriod(periodOf('bulletin', now)).id, nextPeriod(periodOf('dispatch', now)).id]).toEqual(['2027-01', '2027-W01']);
  });

  it('23:30 UTC on 28 February is already March in Shanghai: the bulletin period is 2026-03 and February is the last one over', () => {
    const now = row('月末');
    expect(now.toISOString().slice(0, 7)).toBe('2026-02');
    expect(periodOf('bulletin', now).id).toBe('2026-03');
    expect(previousPeriod('bulletin', now).id).toBe('2026-02');
  });
});
