import type { CalendarYear } from './calendar-year';
import type { CalendarData } from './working-calendar';

/**
 * China's official 2026 calendar (国务院办公厅关于2026年部分节假日安排的通知) as the `chinese-days` package 1.5.7
 * gives it (getHolidaysInRange / getWorkdaysInRange / getDayDetail), written out and checked against the notice:
 * 春节 Sun 15 – Mon 23 Feb (9 days) with make-up working Saturdays 14 and 28 Feb; 中秋 Fri 25 – Sun 27 Sep;
 * 国庆节 Thu 1 – Wed 7 Oct (7 days) with make-up working days Sun 20 Sep and Sat 10 Oct. For specs only.
 */
export const china2026: CalendarYear = {
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: '元旦' }, // Thu
    { date: '2026-01-02', name: '元旦' }, // Fri
    { date: '2026-01-03', name: '元旦' }, // Sat
    { date: '2026-02-15', name: '春节' }, // Sun
    { date: '2026-02-16', name: '春节' }, // Mon
    { date: '2026-02-17', name: '春节' }, // Tue
    { date: '2026-02-18', name: '春节' }, // Wed
    { date: '2026-02-19', name: '春节' }, // Thu
    { date: '2026-02-20', name: '春节' }, // Fri
    { date: '2026-02-21', name: '春节' }, // Sat
    { date: '2026-02-22', name: '春节' }, // Sun
    { date: '2026-02-23', name: '春节' }, // Mon
    { date: '2026-04-04', name: '清明' }, // Sat
    { date: '2026-04-05', name: '清明' }, // Sun
    { date: '2026-04-06', name: '清明' }, // Mon
    { date: '2026-05-01', name: '劳动节' }, // Fri
    { date: '2026-05-02', name: '劳动节' }, // Sat
    { date: '2026-05-03', name: '劳动节' }, // Sun
    { date: '2026-05-04', name: '劳动节' }, // Mon
    { date: '2026-05-05', name: '劳动节' }, // Tue
    { date: '2026-06-19', name: '端午' }, // Fri
    { date: '2026-06-20', name: '端午' }, // Sat
    { date: '2026-06-21', name: '端午' }, // Sun
    { date: '2026-09-25', name: '中秋' }, // Fri
    { date: '2026-09-26', name: '中秋' }, // Sat
    { date: '2026-09-27', name: '中秋' }, // Sun
    { date: '2026-10-01', name: '国庆节' }, // Thu
    { date: '2026-10-02', name: '国庆节' }, // Fri
    { date: '2026-10-03', name: '国庆节' }, // Sat
    { date: '2026-10-04', name: '国庆节' }, // Sun
    { date: '2026-10-05', name: '国庆节' }, // Mon
    { date: '2026-10-06', name: '国庆节' }, // Tue
    { date: '2026-10-07', name: '国庆节' }, // Wed
  ],
  workdays: [
    { date: '2026-01-04', name: '元旦' }, // Sun
    { date: '2026-02-14', name: '春节' }, // Sat
    { date: '2026-02-28', name: '春节' }, // Sat
    { date: '2026-05-09', name: '劳动节' }, // Sat
    { date: '2026-09-20', name: '国庆节' }, // Sun
    { date: '2026-10-10', name: '国庆节' }, // Sat
  ],
};

export const calendar2026: CalendarData = {
  holidays: china2026.holidays.map((d) => d.date),
  workdays: china2026.workdays.map((d) => d.date),
};
