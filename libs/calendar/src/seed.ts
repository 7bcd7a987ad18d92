import { type CalendarDay, type CalendarYear, isWeekend } from '@closeloop/domain';
// The package's published data: dates as `YYYY-MM-DD` keys, named "Spring Festival,春节,4". Its functions build
// their tables with the host's local clock (west of UTC every date comes out a day early); the data does not.
import data from 'chinese-days/dist/chinese-days.json';

type Table = Record<string, string>;
const { holidays, workdays } = data as { holidays: Table; workdays: Table };

/** "Spring Festival,春节,4" → 春节 */
const chineseName = (label: string): string => label.split(',')[1]?.trim() || label;

function daysOf(table: Table, year: number, keep: (date: string) => boolean = () => true): CalendarDay[] {
  return Object.keys(table)
    .filter((date) => date.startsWith(`${year}-`) && keep(date))
    .sort()
    .map((date) => ({ date, name: chineseName(table[date]!) }));
}

/**
 * The official calendar of one year as chinese-days publishes it: holidays are the days off that belong to a
 * festival (including the weekend days inside a holiday block), make-up workdays the Saturdays and Sundays that
 * are working days (调休上班). Both empty for a year the package has no data for. The same in every time zone.
 */
export function officialCalendarYear(year: number): CalendarYear {
  return { year, holidays: daysOf(holidays, year), workdays: daysOf(workdays, year, isWeekend) };
}

/** The years chinese-days has data for: those with at least one named holiday. */
export function coveredYears(): number[] {
  return [...new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
}
