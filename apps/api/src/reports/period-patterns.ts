/** Years the report periods take (libs/reports/periods.ts: 1970–9999). */
const YEAR = '(19[7-9][0-9]|[2-9][0-9]{3})';

/**
 * The `week` and `month` query parameters as the document states them. A string of this shape names a period
 * but may not exist (week 53 of a year of 52 weeks): that is a 422, as no pattern can tell the long years.
 */
export const periodPatterns = {
  week: `^${YEAR}-W(0[1-9]|[1-4][0-9]|5[0-3])$`,
  month: `^${YEAR}-(0[1-9]|1[0-2])$`,
} as const;
