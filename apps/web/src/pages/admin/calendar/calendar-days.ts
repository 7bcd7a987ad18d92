import type { CalendarDay, CalendarYear } from '../admin-api';

/** What a day is beyond the plain week: a statutory holiday (休) or a make-up working day (调休上班, 班). */
export type Special = { kind: 'holiday' | 'workday'; name: string };
/** The year's special days by date (YYYY-MM-DD): what the screen edits, and what it sends back. */
export type Draft = ReadonlyMap<string, Special>;

export const weekdayNames = ['日', '一', '二', '三', '四', '五', '六'] as const;
export const festivals = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;

/** 0 = Sunday … 6 = Saturday, of a YYYY-MM-DD date (UTC arithmetic: the same in every time zone). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

/** The days of a month (0-11) and the weekday of its first. */
export function monthShape(year: number, month: number): { days: number; firstWeekday: number } {
  return { days: new Date(Date.UTC(year, month + 1, 0)).getUTCDate(), firstWeekday: new Date(Date.UTC(year, month, 1)).getUTCDay() };
}

export function draftOf(calendar: CalendarYear): Draft {
  const draft = new Map<string, Special>();
  for (const { date, name } of calendar.holidays) draft.set(date, { kind: 'holiday', name });
  for (const { date, name } of calendar.workdays) draft.set(date, { kind: 'workday', name });
  return draft;
}

/** The draft as the API takes it: holidays and make-up working days, each in date order. */
export function bodyOf(draft: Draft): { holidays: CalendarDay[]; workdays: CalendarDay[] } {
  const sorted = [...draft.entries()].sort(([a], [b]) => a.localeCompare(b));
  const of = (kind: Special['kind']) => sorted.filter(([, s]) => s.kind === kind).map(([date, s]) => ({ date, name: s.name }));
  return { holidays: of('holiday'), workdays: of('workday') };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  if (a.size !== b.size) return false;
  for (const [date, s] of a) {
    const other = b.get(date);
    if (!other || other.kind !== s.kind || other.name !== s.name) return false;
  }
  return true;
}

/** A day's (or a range's) new meaning in the draft; `undefined` returns them to the plain week. */
export function withDays(draft: Draft, dates: string[], special: Special | undefined): Draft {
  const next = new Map(draft);
  for (const date of dates) {
    if (special) next.set(date, special);
    else next.delete(date);
  }
  return next;
}

/** Every date from `from` to `to` (inclusive), YYYY-MM-DD. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const [y, m, d] = from.split('-').map(Number);
  for (let t = Date.UTC(y, m - 1, d); ; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (date > to) break;
    dates.push(date);
  }
  return dates;
}

export interface Run {
  kind: Special['kind'];
  name: string;
  dates: string[];
}

/** Consecutive days of one kind and name, as the notice of the State Council lists them (春节：2月15日至23日). */
export function runsOf(draft: Draft): Run[] {
  const runs: Run[] = [];
  for (const [date, s] of [...draft.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const last = runs.at(-1);
    const previous = last?.dates.at(-1);
    if (last && last.kind === s.kind && last.name === s.name && previous && datesBetween(previous, date).length === 2)
      last.dates.push(date);
    else runs.push({ kind: s.kind, name: s.name, dates: [date] });
  }
  return runs;
}

/** 2月15日, or 2月15日至2月23日 for a run. */
export function runText(dates: string[]): string {
  const day = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return dates.length === 1 ? day(dates[0]) : `${day(dates[0])}至${day(dates.at(-1)!)}`;
}
