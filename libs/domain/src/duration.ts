import { parse } from 'tinyduration';

/** An ISO 8601 duration such as `P7D`, `P3M` or `PT30S`. */
export type IsoDuration = string;

export function isIsoDuration(value: unknown): value is IsoDuration {
  if (typeof value !== 'string' || !/^P(?!$)/.test(value)) return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/** Adds a duration to an instant: years and months on the calendar of Asia/Shanghai, the rest exactly. */
export function addDuration(instant: Date, duration: IsoDuration, direction: 1 | -1 = 1): Date {
  const d = parse(duration);
  const sign = (d.negative ? -1 : 1) * direction;
  const months = sign * ((d.years ?? 0) * 12 + (d.months ?? 0));
  const result = months ? addMonthsClamped(instant, months) : new Date(instant.getTime());
  const ms = ((((d.weeks ?? 0) * 7 + (d.days ?? 0)) * 24 + (d.hours ?? 0)) * 60 + (d.minutes ?? 0)) * 60_000 + (d.seconds ?? 0) * 1000;
  return new Date(result.getTime() + sign * ms);
}

export const subtractDuration = (instant: Date, duration: IsoDuration): Date => addDuration(instant, duration, -1);

/** Shanghai keeps UTC+8 all year: its wall clock is the UTC clock of the instant moved eight hours on. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * Calendar months in Shanghai, keeping the day and the time of day but never past the target month's last day:
 * 30 Nov + P3M = 28 Feb. 1 March 07:30 in Shanghai (still 28 February in UTC) + P1M is 1 April, not 29 March.
 */
function addMonthsClamped(instant: Date, months: number): Date {
  const result = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return new Date(result.getTime() - SHANGHAI_OFFSET_MS);
}
