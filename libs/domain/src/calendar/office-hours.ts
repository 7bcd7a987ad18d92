import { dateOf, endOfDay } from '../calendar-date';
import { addCalendarDays } from './day-arithmetic';
import { type CalendarData, isWorkingDay, nextWorkingDayOnOrAfter } from './working-calendar';

const DAY_MS = 86_400_000;

/** Office hours in Asia/Shanghai as `HH:MM`; open from `start` up to (not including) `end`. */
export interface OfficeHours {
  start: string;
  end: string;
}

export const defaultOfficeHours: OfficeHours = { start: '09:00', end: '17:30' };

/**
 * The earliest instant at or after `instant` that falls in office hours on a working day in Shanghai (UTC+8 all
 * year, no daylight saving): `instant` itself when the office is open, else the next opening. A reminder due at
 * 18:00 on the eve of a holiday goes out at 09:00 on the first working day after it.
 */
export function nextOfficeInstant(calendar: CalendarData, instant: Date, office: OfficeHours = defaultOfficeHours): Date {
  if (Number.isNaN(instant.getTime())) throw new RangeError('instant is not a valid date');
  const opens = minutesOf(office.start, 'office.start');
  const closes = minutesOf(office.end, 'office.end');
  if (opens >= closes) throw new RangeError(`office hours must open before they close, not ${office.start}-${office.end}`);

  const day = dateOf(instant);
  if (isWorkingDay(calendar, day)) {
    const sinceMidnight = instant.getTime() - startOfDay(day);
    if (sinceMidnight < opens * 60_000) return at(day, opens);
    if (sinceMidnight < closes * 60_000) return new Date(instant.getTime());
  }
  return at(nextWorkingDayOnOrAfter(calendar, addCalendarDays(day, 1)), opens);
}

/**
 * The last office opening strictly before `instant`: the start of office hours on the last working day that opens
 * before it. Where a reminder pushed to the next opening would arrive after what it reminds of (a report due on a
 * Sunday morning), it goes out here instead: early rather than late.
 */
export function lastOfficeOpeningBefore(calendar: CalendarData, instant: Date, office: OfficeHours = defaultOfficeHours): Date {
  if (Number.isNaN(instant.getTime())) throw new RangeError('instant is not a valid date');
  const opens = minutesOf(office.start, 'office.start');
  let day = dateOf(instant);
  // Ends: a calendar lists finitely many holidays, so some earlier weekday is a working day.
  while (!isWorkingDay(calendar, day) || at(day, opens).getTime() >= instant.getTime()) day = addCalendarDays(day, -1);
  return at(day, opens);
}

/** Midnight in Shanghai at the start of `date`. */
const startOfDay = (date: string): number => endOfDay(date).getTime() - DAY_MS;

const at = (date: string, minutes: number): Date => new Date(startOfDay(date) + minutes * 60_000);

function minutesOf(time: string, what: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`${what} must be a time as HH:MM, not ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
