import { isCalendarDate } from '../calendar-date';
import { isWeekend } from './day-arithmetic';

/** A holiday (法定节假日) or a make-up working day (调休上班) with the festival it belongs to, e.g. 春节. */
export interface CalendarDay {
  date: string;
  name: string;
}

/** One year of the official calendar as published (and as an admin may correct it). */
export interface CalendarYear {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
}

/** Recorded on the stream `calendar-<year>` whenever an admin replaces that year. */
export type CalendarChanged = { type: 'CalendarChanged'; data: CalendarYear & { at: string } };

export const calendarYears = { first: 2000, last: 2100 } as const;

/**
 * What is wrong with a year's lists, one entry per bad field (`holidays.3.date`): every date real and in that
 * year, listed once; no holiday also a make-up working day; make-up working days only on Saturday or Sunday;
 * names not blank.
 */
export function calendarYearErrors({ year, holidays, workdays }: CalendarYear): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (!Number.isInteger(year) || year < calendarYears.first || year > calendarYears.last) {
    errors.push({ field: 'year', message: `must be a year from ${calendarYears.first} to ${calendarYears.last}` });
  }
  const workdayDates = new Set(workdays.map((d) => d.date));
  const check = (list: 'holidays' | 'workdays', days: CalendarDay[], rule: (date: string) => string | undefined) => {
    const seen = new Set<string>();
    days.forEach(({ date, name }, i) => {
      const field = `${list}.${i}`;
      const problem = !isCalendarDate(date)
        ? 'must be a real date as YYYY-MM-DD'
        : Number(date.slice(0, 4)) !== year
          ? `must be in ${year}`
          : seen.has(date)
            ? 'is listed twice'
            : rule(date);
      if (problem) errors.push({ field: `${field}.date`, message: problem });
      seen.add(date);
      if (typeof name !== 'string' || name.trim() === '') errors.push({ field: `${field}.name`, message: 'must not be empty' });
    });
  };
  check('holidays', holidays, (date) => (workdayDates.has(date) ? 'is also listed as a make-up working day' : undefined));
  check('workdays', workdays, (date) => (isWeekend(date) ? undefined : 'must be a Saturday or Sunday (a make-up working day)'));
  return errors;
}
