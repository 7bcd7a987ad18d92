import { calendarYearErrors } from '@closeloop/domain';
import { coveredYears, officialCalendarYear } from './seed';

const days = (from: string, to: string, name: string) => {
  const list: { date: string; name: string }[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    list.push({ date: new Date(t).toISOString().slice(0, 10), name });
  }
  return list;
};

describe('the official calendar from chinese-days', () => {
  it('gives 2026 as the State Council published it: Spring Festival 15–23 Feb, make-up Saturdays 14 and 28 Feb', () => {
    expect(officialCalendarYear(2026)).toEqual({
      year: 2026,
      holidays: [
        ...days('2026-01-01', '2026-01-03', '元旦'),
        ...days('2026-02-15', '2026-02-23', '春节'),
        ...days('2026-04-04', '2026-04-06', '清明'),
        ...days('2026-05-01', '2026-05-05', '劳动节'),
        ...days('2026-06-19', '2026-06-21', '端午'),
        ...days('2026-09-25', '2026-09-27', '中秋'),
        ...days('2026-10-01', '2026-10-07', '国庆节'),
      ],
      workdays: [
        { date: '2026-01-04', name: '元旦' },
        { date: '2026-02-14', name: '春节' },
        { date: '2026-02-28', name: '春节' },
        { date: '2026-05-09', name: '劳动节' },
        { date: '2026-09-20', name: '国庆节' },
        { date: '2026-10-10', name: '国庆节' },
      ],
    });
  });

  it('covers every year from 2004 on without a gap, 2026 included', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2004 + i));
  });

  it('every covered year passes the same validation an admin edit must pass', () => {
    for (const year of coveredYears()) expect(calendarYearErrors(officialCalendarYear(year))).toEqual([]);
  });

  it('gives an empty year where the package has no data', () => {
    expect(officialCalendarYear(2099)).toEqual({ year: 2099, holidays: [], workdays: [] });
  });
});
