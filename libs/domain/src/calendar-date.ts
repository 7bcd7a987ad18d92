/** Dates (`YYYY-MM-DD`) are days in Asia/Shanghai, which keeps UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** True for a real `YYYY-MM-DD` date (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The instant a date is over in Shanghai: a deadline of 2027-06-30 is due until 2027-07-01T00:00+08:00. */
export const endOfDay = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000 - SHANGHAI_OFFSET_MS);

/** The Shanghai date of an instant. */
export const dateOf = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
