/**
 * Report periods in Asia/Shanghai (UTC+8 all year, no DST).
 *
 * - An ISO week `2026-W47` runs from its Monday 00:00 +08:00 to the next Monday 00:00 +08:00. Week 1 of an
 *   ISO year is the week with the year's first Thursday (2026-W01 starts on 2025-12-29); a year has 53
 *   weeks when it starts on a Thursday, or is a leap year starting on a Wednesday (2026 and 2020 do;
 *   2025 and 2027 do not).
 * - A month `2026-11` runs from the 1st 00:00 +08:00 to the next month's 1st 00:00 +08:00.
 *
 * A period's cut-off is its end (exclusive upper bound of the period, inclusive bound of the log read).
 */

export const reportKinds = ['dispatch', 'bulletin'] as const;
/** `dispatch`: the weekly dispatch (周调度) by ISO week; `bulletin`: the monthly bulletin (月通报) by month. */
export type ReportKind = (typeof reportKinds)[number];

export const isReportKind = (value: unknown): value is ReportKind => (reportKinds as readonly unknown[]).includes(value);

export interface Period {
  kind: ReportKind;
  /** `2026-W47` or `2026-11`. */
  id: string;
  /** The first instant of the period. */
  start: Date;
  /** The first instant after the period: the report's cut-off. */
  end: Date;
  /** The Shanghai dates of the period's first and last day (`YYYY-MM-DD`). */
  firstDay: string;
  lastDay: string;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Thrown for a period that is malformed or does not exist (2026-W99, 2025-W53, 2026-13). */
export class InvalidPeriodError extends Error {
  constructor(
    readonly kind: ReportKind,
    readonly value: string,
    reason: string,
  ) {
    super(
      `${JSON.stringify(value)} is not a valid ${kind === 'dispatch' ? 'ISO week such as 2026-W47' : 'month such as 2026-11'}: ${reason}`,
    );
    this.name = 'InvalidPeriodError';
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Midnight UTC of a calendar date, as a day number arithmetic base. */
const utcMidnight = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
const isoDate = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);
/** The instant a Shanghai date starts. */
const shanghaiStartOf = (utcMidnightMs: number) => new Date(utcMidnightMs - SHANGHAI_OFFSET_MS);

/** The Monday (UTC-midnight ms of the date) of ISO week 1 of an ISO year. */
function week1Monday(isoYear: number): number {
  const jan4 = utcMidnight(isoYear, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS;
}

/** 52 or 53. */
export function isoWeeksInYear(isoYear: number): number {
  return Math.round((week1Monday(isoYear + 1) - week1Monday(isoYear)) / (7 * DAY_MS));
}

const YEAR_MIN = 1970;
const YEAR_MAX = 9999;

/** The week `2026-W47`; throws InvalidPeriodError when malformed or not in that ISO year. */
export function parseWeek(value: string): Period {
  const match = /^(\d{4})-W(\d{2})$/.exec(typeof value === 'string' ? value : '');
  if (!match) throw new InvalidPeriodError('dispatch', value, 'expected YYYY-Www');
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < YEAR_MIN || year > YEAR_MAX) throw new InvalidPeriodError('dispatch', value, `the year must be ${YEAR_MIN}–${YEAR_MAX}`);
  const weeks = isoWeeksInYear(year);
  if (week < 1 || week > weeks) throw new InvalidPeriodError('dispatch', value, `${year} has weeks 01–${weeks}`);
  const monday = week1Monday(year) + (week - 1) * 7 * DAY_MS;
  return {
    kind: 'dispatch',
    id: `${year}-W${pad(week)}`,
    start: shanghaiStartOf(monday),
    end: shanghaiStartOf(monday + 7 * DAY_MS),
    firstDay: isoDate(monday),
    lastDay: isoDate(monday + 6 * DAY_MS),
  };
}

/** The month `2026-11`; throws InvalidPeriodError when malformed. */
export function parseMonth(value: string): Period {
  const match = /^(\d{4})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  if (!match) throw new InvalidPeriodError('bulletin', value, 'expected YYYY-MM');
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < YEAR_MIN || year > YEAR_MAX) throw new InvalidPeriodError('bulletin', value, `the year must be ${YEAR_MIN}–${YEAR_MAX}`);
  if (month < 1 || month > 12) throw new InvalidPeriodError('bulletin', value, 'the month must be 01–12');
  const first = utcMidnight(year, month, 1);
  const next = utcMidnight(year, month + 1, 1);
  return {
    kind: 'bulletin',
    id: `${year}-${pad(month)}`,
    start: shanghaiStartOf(first),
    end: shanghaiStartOf(next),
    firstDay: isoDate(first),
    lastDay: isoDate(next - DAY_MS),
  };
}

/** Parses the period a report of this kind is for: an ISO week for the dispatch, a month for the bulletin. */
export const parsePeriod = (kind: ReportKind, value: string): Period => (kind === 'dispatch' ? parseWeek(value) : parseMonth(value));

/** The Shanghai calendar date of an instant, as UTC-midnight ms. */
function shanghaiDay(instant: Date): number {
  const shifted = instant.getTime() + SHANGHAI_OFFSET_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS);
}

/** The ISO week (`2026-W48`) that contains an instant, in Shanghai. */
export function weekOf(instant: Date): string {
  const day = shanghaiDay(instant);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = day + (3 - weekday) * DAY_MS; // the ISO year is the year of the week's Thursday
  const isoYear = new Date(thursday).getUTCFullYear();
  const week = Math.floor((day - week1Monday(isoYear)) / (7 * DAY_MS)) + 1;
  return `${isoYear}-W${pad(week)}`;
}

/** The month (`2026-11`) that contains an instant, in Shanghai. */
export function monthOf(instant: Date): string {
  return isoDate(shanghaiDay(instant)).slice(0, 7);
}

/** The period of this kind that contains an instant. */
export const periodOf = (kind: ReportKind, instant: Date): Period =>
  kind === 'dispatch' ? parseWeek(weekOf(instant)) : parseMonth(monthOf(instant));

/** The last period of this kind that is over at an instant (the one before the period containing it). */
export function previousPeriod(kind: ReportKind, instant: Date): Period {
  const current = periodOf(kind, instant);
  return periodOf(kind, new Date(current.start.getTime() - 1));
}

/** The period right after this one. */
export const nextPeriod = (period: Period): Period => periodOf(period.kind, period.end);

/** Whether a period is over at an instant (its cut-off has passed). */
export const isOver = (period: Period, now: Date): boolean => now.getTime() >= period.end.getTime();

/** Every Shanghai date of a period, as `YYYY-MM-DD` (for membership tests of deadline dates). */
export const containsDate = (period: Period, date: string): boolean => date >= period.firstDay && date <= period.lastDay;
