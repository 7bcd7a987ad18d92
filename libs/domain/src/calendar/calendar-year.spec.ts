import { calendarYearErrors } from './calendar-year';
import { china2026 } from './china-2026.fixture';

describe('validating a year of the calendar', () => {
  it('accepts the official 2026 calendar', () => {
    expect(calendarYearErrors(china2026)).toEqual([]);
  });

  it('accepts a year with no holidays and no make-up days', () => {
    expect(calendarYearErrors({ year: 2030, holidays: [], workdays: [] })).toEqual([]);
  });

  it('names every bad field', () => {
    const errors = calendarYearErrors({
      year: 2026,
      holidays: [
        { date: '2026-02-30', name: '春节' },
        { date: '2027-02-16', name: '春节' },
        { date: '2026-02-16', name: ' ' },
        { date: '2026-02-16', name: '春节' },
        { date: '2026-02-14', name: '春节' },
      ],
      workdays: [
        { date: '2026-02-14', name: '春节' },
        { date: '2026-03-03', name: '春节' },
        { date: '2026-02-28', name: '' },
      ],
    });
    expect(errors).toEqual([
      { field: 'holidays.0.date', message: 'must be a real date as YYYY-MM-DD' },
      { field: 'holidays.1.date', message: 'must be in 2026' },
      { field: 'holidays.2.name', message: 'must not be empty' },
      { field: 'holidays.3.date', message: 'is listed twice' },
      { field: 'holidays.4.date', message: 'is also listed as a make-up working day' },
      { field: 'workdays.1.date', message: 'must be a Saturday or Sunday (a make-up working day)' },
      { field: 'workdays.2.name', message: 'must not be empty' },
    ]);
  });

  it.each([1999, 2101, 2026.5])('refuses the year %p', (year) => {
    expect(calendarYearErrors({ year, holidays: [], workdays: [] })).toEqual([
      { field: 'year', message: 'must be a year from 2000 to 2100' },
    ]);
  });
});
