import {
  InvalidPeriodError,
  isOver,
  isoWeeksInYear,
  monthOf,
  nextPeriod,
  parseMonth,
  parsePeriod,
  parseWeek,
  periodOf,
  previousPeriod,
  weekOf,
} from './periods';

describe('ISO weeks in Asia/Shanghai', () => {
  it('runs 2026-W47 from Monday 00:00 +08:00 to the next Monday 00:00 +08:00', () => {
    const week = parseWeek('2026-W47');
    expect(week).toMatchObject({ kind: 'dispatch', id: '2026-W47', firstDay: '2026-11-16', lastDay: '2026-11-22' });
    expect(week.start.toISOString()).toBe(new Date('2026-11-16T00:00:00+08:00').toISOString());
    expect(week.end.toISOString()).toBe(new Date('2026-11-23T00:00:00+08:00').toISOString());
  });

  it('starts 2026-W01 on 2025-12-29 (the week of the year’s first Thursday)', () => {
    const week = parseWeek('2026-W01');
    expect(week.firstDay).toBe('2025-12-29');
    expect(week.start.toISOString()).toBe('2025-12-28T16:00:00.000Z');
    expect(parseWeek('2027-W01').firstDay).toBe('2027-01-04');
    expect(parseWeek('2021-W01').firstDay).toBe('2021-01-04');
  });

  it('knows which years have a week 53: 2026 and 2020 do (Thursday starts), 2025 and 2027 do not', () => {
    expect([2020, 2025, 2026, 2027, 2015, 2004].map(isoWeeksInYear)).toEqual([53, 52, 53, 52, 53, 53]);
    expect(parseWeek('2026-W53')).toMatchObject({ firstDay: '2026-12-28', lastDay: '2027-01-03' });
    expect(() => parseWeek('2025-W53')).toThrow(InvalidPeriodError);
    expect(() => parseWeek('2027-W53')).toThrow('2027 has weeks 01–52');
  });

  it.each(['2026-W99', '2026-W00', '2026-W54', '2026-W7', '2026W47', '2026-w47', ' 2026-W47', '2026-11', '', 'x'])('refuses %j', (value) =>
    expect(() => parseWeek(value)).toThrow(InvalidPeriodError),
  );

  it('finds the week of an instant in Shanghai, across the year boundary', () => {
    expect(weekOf(new Date('2026-11-22T15:59:59.999Z'))).toBe('2026-W47'); // Sunday 23:59:59 +08:00
    expect(weekOf(new Date('2026-11-22T16:00:00Z'))).toBe('2026-W48'); // Monday 00:00 +08:00
    expect(weekOf(new Date('2025-12-28T16:00:00Z'))).toBe('2026-W01'); // Monday 2025-12-29 in Shanghai
    expect(weekOf(new Date('2025-12-28T15:59:00Z'))).toBe('2025-W52');
    expect(weekOf(new Date('2027-01-03T12:00:00+08:00'))).toBe('2026-W53');
    expect(weekOf(new Date('2027-01-04T00:00:00+08:00'))).toBe('2027-W01');
  });

  it('gives the previous week of an instant: what the Monday 08:00 dispatch reports on', () => {
    expect(previousPeriod('dispatch', new Date('2026-11-23T08:00:00+08:00')).id).toBe('2026-W47');
    expect(previousPeriod('dispatch', new Date('2026-11-23T00:00:00+08:00')).id).toBe('2026-W47');
    expect(previousPeriod('dispatch', new Date('2026-11-22T23:59:00+08:00')).id).toBe('2026-W46');
    expect(previousPeriod('dispatch', new Date('2026-01-05T08:00:00+08:00')).id).toBe('2026-W01');
    expect(previousPeriod('dispatch', new Date('2025-12-29T08:00:00+08:00')).id).toBe('2025-W52');
    expect(previousPeriod('dispatch', new Date('2027-01-04T08:00:00+08:00')).id).toBe('2026-W53');
  });
});

describe('months in Asia/Shanghai', () => {
  it('runs 2026-11 from the 1st 00:00 +08:00 to 1 December 00:00 +08:00', () => {
    const month = parseMonth('2026-11');
    expect(month).toMatchObject({ kind: 'bulletin', id: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(month.start.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(month.end.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(parseMonth('2028-02').lastDay).toBe('2028-02-29');
    expect(parseMonth('2026-12').end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it.each(['2026-13', '2026-00', '2026-1', '2026-W47', '202611', '1900-01'])('refuses %j', (value) =>
    expect(() => parseMonth(value)).toThrow(InvalidPeriodError),
  );

  it('finds the month of an instant in Shanghai and the previous month', () => {
    expect(monthOf(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(monthOf(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(previousPeriod('bulletin', new Date('2026-12-01T08:00:00+08:00')).id).toBe('2026-11');
    expect(previousPeriod('bulletin', new Date('2027-01-01T08:00:00+08:00')).id).toBe('2026-12');
    expect(previousPeriod('bulletin', new Date('2026-12-31T16:30:00Z')).id).toBe('2026-12'); // 1 Jan 00:30 +08:00
  });
});

describe('periods of either kind', () => {
  it('parses by kind, steps to the next period and says when one is over', () => {
    expect(parsePeriod('dispatch', '2026-W47').id).toBe('2026-W47');
    expect(parsePeriod('bulletin', '2026-11').id).toBe('2026-11');
    expect(() => parsePeriod('bulletin', '2026-W47')).toThrow(InvalidPeriodError);
    expect(nextPeriod(parseWeek('2026-W53')).id).toBe('2027-W01');
    expect(nextPeriod(parseMonth('2026-12')).id).toBe('2027-01');
    expect(periodOf('dispatch', new Date('2026-11-18T12:00:00+08:00')).id).toBe('2026-W47');
    const week = parseWeek('2026-W47');
    expect(isOver(week, new Date('2026-11-22T23:59:59+08:00'))).toBe(false);
    expect(isOver(week, new Date('2026-11-23T00:00:00+08:00'))).toBe(true);
  });
});
