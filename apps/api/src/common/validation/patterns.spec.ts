import { isCalendarDate } from '@closeloop/domain';
import { CALENDAR_DATE } from './patterns';

describe('CALENDAR_DATE', () => {
  it('takes the dates that exist', () => {
    for (const date of ['2026-01-31', '2026-02-28', '2024-02-29', '2000-02-29', '0004-02-29', '0001-01-01', '9999-12-31', '2026-04-30']) {
      expect([date, CALENDAR_DATE.test(date)]).toEqual([date, true]);
    }
  });

  it('refuses the ones that do not, and year 0 (PostgreSQL has none)', () => {
    for (const date of [
      '0000-00-00',
      '0000-01-01',
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      ' 2026-01-01',
    ]) {
      expect([date, CALENDAR_DATE.test(date)]).toEqual([date, false]);
    }
  });

  it('agrees with the decider on every day of a leap and a common year', () => {
    for (const year of [2026, 2028, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect([date, CALENDAR_DATE.test(date)]).toEqual([date, isCalendarDate(date)]);
        }
      }
    }
  });
});
