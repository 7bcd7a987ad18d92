import { calendar2026 } from './china-2026.fixture';
import { lastOfficeOpeningBefore, nextOfficeInstant } from './office-hours';
import type { CalendarData } from './working-calendar';

/** Shanghai wall-clock time → the instant, as ISO UTC. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const next = (local: string, calendar: CalendarData = calendar2026) => nextOfficeInstant(calendar, shanghai(local)).toISOString();

describe('the next office instant (09:00–17:30 Asia/Shanghai on working days)', () => {
  it('18:00 on the last working day before Spring Festival (make-up Sat 14 Feb) jumps to 09:00 (01:00Z) on Tue 24 Feb', () => {
    expect(next('2026-02-14T18:00')).toBe('2026-02-24T01:00:00.000Z');
  });

  it('18:00 on Wed 30 Sep, before National Day, jumps to 09:00 on Thu 8 Oct', () => {
    expect(next('2026-09-30T18:00')).toBe('2026-10-08T01:00:00.000Z');
  });

  it('during the holiday it waits for the first working day', () => {
    expect(next('2026-02-18T10:00')).toBe('2026-02-24T01:00:00.000Z');
    expect(next('2026-10-03T00:00')).toBe('2026-10-08T01:00:00.000Z');
  });

  it('a Friday evening before a make-up Saturday goes out on that Saturday', () => {
    expect(next('2026-02-13T19:00')).toBe('2026-02-14T01:00:00.000Z');
    expect(next('2026-10-09T18:00')).toBe('2026-10-10T01:00:00.000Z');
  });

  it('an ordinary Friday evening waits for Monday', () => {
    expect(next('2026-03-06T17:45')).toBe('2026-03-09T01:00:00.000Z');
  });

  it('within office hours it is the instant itself; before 09:00 it is 09:00 the same day', () => {
    expect(next('2026-03-03T10:15:30')).toBe('2026-03-03T02:15:30.000Z');
    expect(next('2026-03-03T09:00')).toBe('2026-03-03T01:00:00.000Z');
    expect(next('2026-03-03T07:00')).toBe('2026-03-03T01:00:00.000Z');
    expect(next('2026-03-03T00:00')).toBe('2026-03-03T01:00:00.000Z');
  });

  it('the office closes at 17:30 sharp', () => {
    expect(next('2026-03-03T17:29:59.999')).toBe('2026-03-03T09:29:59.999Z');
    expect(next('2026-03-03T17:30')).toBe('2026-03-04T01:00:00.000Z');
  });

  it('uses the Shanghai date, not the UTC one', () => {
    // 23:00Z on Fri 13 Feb is 07:00 on the make-up Saturday in Shanghai.
    expect(nextOfficeInstant(calendar2026, new Date('2026-02-13T23:00:00Z')).toISOString()).toBe('2026-02-14T01:00:00.000Z');
    // 16:30Z on Mon 23 Feb (the last holiday) is 00:30 on Tue 24 Feb in Shanghai.
    expect(nextOfficeInstant(calendar2026, new Date('2026-02-23T16:30:00Z')).toISOString()).toBe('2026-02-24T01:00:00.000Z');
  });

  it('takes other office hours', () => {
    const morning = { start: '08:30', end: '12:00' };
    expect(nextOfficeInstant(calendar2026, shanghai('2026-03-03T12:00'), morning).toISOString()).toBe('2026-03-04T00:30:00.000Z');
    expect(nextOfficeInstant(calendar2026, shanghai('2026-03-03T11:00'), morning).toISOString()).toBe('2026-03-03T03:00:00.000Z');
  });

  it('refuses office hours that are malformed or close before they open, and invalid instants', () => {
    expect(() => nextOfficeInstant(calendar2026, shanghai('2026-03-03T10:00'), { start: '9:00', end: '17:30' })).toThrow(RangeError);
    expect(() => nextOfficeInstant(calendar2026, shanghai('2026-03-03T10:00'), { start: '18:00', end: '09:00' })).toThrow(RangeError);
    expect(() => nextOfficeInstant(calendar2026, new Date('nope'))).toThrow(RangeError);
  });
});

describe('the last office opening before an instant (a reminder that must not arrive late)', () => {
  const before = (local: string) => lastOfficeOpeningBefore(calendar2026, shanghai(local)).toISOString();

  it('a report due on Sunday morning is reminded at 09:00 on Friday', () => {
    expect(before('2026-03-08T07:30')).toBe('2026-03-06T01:00:00.000Z');
  });

  it('during National Day it reaches back to Wed 30 Sep, the last working day before it', () => {
    expect(before('2026-10-07T17:00')).toBe('2026-09-30T01:00:00.000Z');
  });

  it('on a working day after opening it is that day; at the opening itself, the working day before', () => {
    expect(before('2026-03-09T10:00')).toBe('2026-03-09T01:00:00.000Z');
    expect(before('2026-03-09T09:00')).toBe('2026-03-06T01:00:00.000Z');
  });

  it('a make-up Saturday counts as a working day', () => {
    expect(before('2026-02-15T08:00')).toBe('2026-02-14T01:00:00.000Z');
  });
});
