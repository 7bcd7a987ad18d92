import { dateOf, endOfDay, isCalendarDate } from '../calendar-date';
import { addDuration, isIsoDuration, subtractDuration } from '../duration';

const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('calendar dates (YYYY-MM-DD, days in Asia/Shanghai)', () => {
  it.each(['2026-11-30', '2027-06-30', '2028-02-29', '2026-01-01', '2026-12-31'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    ['30 February', '2027-02-30'],
    ['29 February of a common year', '2027-02-29'],
    ['month 13', '2027-13-01'],
    ['day 0', '2027-06-00'],
    ['slashes', '2027/06/30'],
    ['no leading zeros', '2027-6-30'],
    ['a time of day', '2027-06-30T00:00:00Z'],
    ['an empty string', ''],
    ['null', null],
    ['a number', 20270630],
  ])('rejects %s', (_what, value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('a deadline day is over at midnight in Shanghai, which is 16:00 UTC on the same date', () => {
    expect(iso(endOfDay('2026-11-30'))).toBe('2026-11-30T16:00:00.000Z');
    expect(iso(endOfDay('2027-06-30'))).toBe('2027-06-30T16:00:00.000Z');
  });

  it('the last day of the year is over at 16:00 UTC on 31 December', () => {
    expect(iso(endOfDay('2026-12-31'))).toBe('2026-12-31T16:00:00.000Z');
  });

  it('tells the Shanghai date of an instant, which turns over at 16:00 UTC', () => {
    expect(dateOf(at('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(dateOf(at('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(dateOf(at('2026-11-23T02:00:00.000Z'))).toBe('2026-11-23');
  });

  it('the end of a day is the first instant of the next day in Shanghai', () => {
    expect(dateOf(endOfDay('2026-12-31'))).toBe('2027-01-01');
    expect(dateOf(new Date(endOfDay('2026-12-31').getTime() - 1))).toBe('2026-12-31');
  });
});

describe('ISO 8601 durations (policy intervals)', () => {
  it.each(['P7D', 'P3M', 'P6M', 'P1Y', 'PT30S', 'P1W', 'P1Y2M3DT4H5M6S'])('accepts %s', (value) => {
    expect(isIsoDuration(value)).toBe(true);
  });

  it.each(['', 'P', 'PT', '7D', 'P7', 'seven days', '-P1D', 7, null, undefined])('rejects %p', (value) => {
    expect(isIsoDuration(value)).toBe(false);
  });

  it('adds days, hours and seconds exactly', () => {
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P7D'))).toBe('2026-11-30T02:00:00.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'PT30S'))).toBe('2026-11-23T02:00:30.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P1W'))).toBe('2026-11-30T02:00:00.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P1DT12H'))).toBe('2026-11-24T14:00:00.000Z');
  });

  it('adds months and years on the calendar, keeping the day and the time of day', () => {
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P3M'))).toBe('2027-02-23T02:00:00.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P6M'))).toBe('2027-05-23T02:00:00.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P1Y'))).toBe('2027-11-23T02:00:00.000Z');
    expect(iso(addDuration(at('2026-11-23T02:00:00.000Z'), 'P1Y1M1D'))).toBe('2027-12-24T02:00:00.000Z');
  });

  it('subtracts a duration', () => {
    expect(iso(subtractDuration(at('2026-11-30T16:00:00.000Z'), 'P7D'))).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(subtractDuration(at('2027-05-15T16:00:00.000Z'), 'P1M'))).toBe('2027-04-15T16:00:00.000Z');
  });

  // Months are added on the calendar and clamped to the target month's last day, as Temporal, date-fns and Java do.
  it('counts months on the Shanghai calendar: 1 March 07:30 in Shanghai (28 February in UTC) + P1M is 1 April 07:30', () => {
    expect(iso(addDuration(at('2026-02-28T23:30:00.000Z'), 'P1M'))).toBe('2026-03-31T23:30:00.000Z');
    expect(iso(subtractDuration(at('2026-03-31T23:30:00.000Z'), 'P1M'))).toBe('2026-02-28T23:30:00.000Z');
  });

  it('three months after 30 November is 28 February, not 2 March', () => {
    expect(iso(addDuration(at('2026-11-30T02:00:00.000Z'), 'P3M'))).toBe('2027-02-28T02:00:00.000Z');
  });

  it('one year after 29 February is 28 February, not 1 March', () => {
    expect(iso(addDuration(at('2028-02-29T02:00:00.000Z'), 'P1Y'))).toBe('2029-02-28T02:00:00.000Z');
  });

  it('one month before 31 March is 28 February, not 3 March', () => {
    expect(iso(subtractDuration(at('2027-03-31T16:00:00.000Z'), 'P1M'))).toBe('2027-02-28T16:00:00.000Z');
  });
});
