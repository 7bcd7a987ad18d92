import { calendar2026, china2026 } from './china-2026.fixture';
import { addCalendarDays, weekdayOf } from './day-arithmetic';
import { type CalendarData, addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from './working-calendar';

const weekOnly: CalendarData = { holidays: [], workdays: [] };

describe('weekdays of dates', () => {
  it.each([
    ['2026-02-14', 6],
    ['2026-02-15', 0],
    ['2026-02-16', 1],
    ['2026-10-01', 4],
    ['2028-02-29', 2],
  ])('%s is weekday %i (0 = Sunday)', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('working days in 2026 (China, with 调休)', () => {
  it('the fixture is a year of real dates: holidays are rest days, make-up days fall on weekends', () => {
    expect(china2026.holidays).toHaveLength(33);
    expect(china2026.workdays.map((d) => [d.date, weekdayOf(d.date)])).toEqual([
      ['2026-01-04', 0],
      ['2026-02-14', 6],
      ['2026-02-28', 6],
      ['2026-05-09', 6],
      ['2026-09-20', 0],
      ['2026-10-10', 6],
    ]);
    for (const { date } of china2026.holidays) expect(isWorkingDay(calendar2026, date)).toBe(false);
    for (const { date } of china2026.workdays) expect(isWorkingDay(calendar2026, date)).toBe(true);
  });

  it('Monday to Friday work and the weekend rests when no holiday intervenes', () => {
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => isWorkingDay(calendar2026, d))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isWorkingDay(calendar2026, '2026-03-07')).toBe(false);
    expect(isWorkingDay(calendar2026, '2026-03-08')).toBe(false);
  });

  it('the Spring Festival weekdays (16–20 and 23 Feb) are holidays, and 24 Feb is back at work', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']) {
      expect(isWorkingDay(calendar2026, date)).toBe(false);
    }
    expect(isWorkingDay(calendar2026, '2026-02-24')).toBe(true);
  });

  it('the make-up Saturdays 14 and 28 Feb are working days; an ordinary Saturday is not', () => {
    expect(isWorkingDay(calendar2026, '2026-02-14')).toBe(true);
    expect(isWorkingDay(calendar2026, '2026-02-28')).toBe(true);
    expect(isWorkingDay(calendar2026, '2026-02-07')).toBe(false);
    expect(isWorkingDay(weekOnly, '2026-02-14')).toBe(false);
  });

  it('a date on a holiday rolls to the next working day; a working day stays', () => {
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-02-16')).toBe('2026-02-24');
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-02-15')).toBe('2026-02-24');
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-10-01')).toBe('2026-10-08');
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-09-25')).toBe('2026-09-28');
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-02-14')).toBe('2026-02-14');
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-03-07')).toBe('2026-03-09');
    // A deadline on the make-up Sunday before National Day does not roll: the office is open.
    expect(nextWorkingDayOnOrAfter(calendar2026, '2026-09-20')).toBe('2026-09-20');
  });

  it('counts a working-day deadline across Spring Festival, make-up Saturdays included', () => {
    // Thu 12 Feb + 5: Fri 13, Sat 14 (make-up), then the festival, then Tue 24, Wed 25, Thu 26.
    expect(addWorkingDays(calendar2026, '2026-02-12', 5)).toBe('2026-02-26');
    // Tue 10 Feb + 10 ends on Mon 2 Mar, Sat 28 Feb (make-up) counted.
    expect(addWorkingDays(calendar2026, '2026-02-10', 10)).toBe('2026-03-02');
    // Counting on the weekday calendar alone would land in the middle of the holiday.
    expect(addWorkingDays(weekOnly, '2026-02-12', 5)).toBe('2026-02-19');
  });

  it('counts backwards too, and 0 working days is the date itself', () => {
    expect(addWorkingDays(calendar2026, '2026-02-24', -1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar2026, '2026-02-24', -2)).toBe('2026-02-13');
    expect(addWorkingDays(calendar2026, '2026-10-08', -3)).toBe('2026-09-28');
    expect(addWorkingDays(calendar2026, '2026-02-16', 0)).toBe('2026-02-16');
    expect(addWorkingDays(calendar2026, '2026-02-16', 1)).toBe('2026-02-24');
  });

  it('counts the working days in (from, to] across National Day and Mid-Autumn', () => {
    // Fri 18 Sep → Fri 16 Oct: Sun 20 Sep (make-up), 21–24 Sep, 28–30 Sep, 8–9 Oct, Sat 10 Oct (make-up), 12–16 Oct.
    expect(workingDaysBetween(calendar2026, '2026-09-18', '2026-10-16')).toBe(16);
    expect(workingDaysBetween(weekOnly, '2026-09-18', '2026-10-16')).toBe(20);
    expect(workingDaysBetween(calendar2026, '2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(calendar2026, '2026-09-30', '2026-10-08')).toBe(1);
    expect(workingDaysBetween(calendar2026, '2026-10-16', '2026-09-18')).toBe(-16);
    expect(workingDaysBetween(calendar2026, '2026-10-08', '2026-10-08')).toBe(0);
  });

  it('workingDaysBetween undoes addWorkingDays over the whole year', () => {
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 7)) {
      for (const n of [0, 1, 5, 10, 22]) expect(workingDaysBetween(calendar2026, day, addWorkingDays(calendar2026, day, n))).toBe(n);
    }
  });

  it('2026 has 248 working days in China (261 weekdays − 19 weekday holidays + 6 make-up days), as chinese-days counts', () => {
    expect(workingDaysBetween(calendar2026, '2025-12-31', '2026-12-31')).toBe(248);
  });

  it('refuses impossible dates and fractional counts', () => {
    expect(() => isWorkingDay(calendar2026, '2026-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays(calendar2026, '2026-02-12', 1.5)).toThrow(RangeError);
    expect(() => workingDaysBetween(calendar2026, '2026/02/12', '2026-03-01')).toThrow(RangeError);
  });
});
