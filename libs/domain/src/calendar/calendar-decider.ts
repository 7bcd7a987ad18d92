import type { CommandMetadata } from '../actor';
import { mustHaveRole } from '../decisions/permissions';
import { refuse } from '../refusal';
import { type CalendarChanged, type CalendarDay, type CalendarYear, calendarYearErrors } from './calendar-year';

/** Replace one year's holidays and make-up working days (an admin's correction of the official calendar). */
export interface ChangeCalendar {
  type: 'ChangeCalendar';
  data: CalendarYear;
  metadata: CommandMetadata;
}

/** A year's stream (`calendar-<year>`): the days of its last change, if an admin ever changed it. */
export type CalendarYearState = { changed: false } | { changed: true; days: CalendarYear; changes: number };

export const initialCalendarYearState = (): CalendarYearState => ({ changed: false });

export function evolveCalendarYear(state: CalendarYearState, event: CalendarChanged): CalendarYearState {
  switch (event.type) {
    case 'CalendarChanged': {
      const { at: _at, ...days } = event.data;
      return { changed: true, days, changes: (state.changed ? state.changes : 0) + 1 };
    }
    default:
      return state;
  }
}

const inDateOrder = (days: CalendarDay[]): CalendarDay[] =>
  days.map(({ date, name }) => ({ date, name: name.trim() })).sort((a, b) => a.date.localeCompare(b.date));

/**
 * Replaces the year with the days given, whatever it held: an admin's, and a possible year (every error listed,
 * named by the field as the caller sent it). The days are recorded in date order, names trimmed.
 */
export function decideCalendarYear({ data, metadata }: ChangeCalendar, _state: CalendarYearState, now: Date): CalendarChanged[] {
  mustHaveRole(metadata, ['admin'], 'change the calendar');
  const errors = calendarYearErrors(data);
  if (errors.length > 0) refuse('invalid', 'invalid-calendar', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  return [
    {
      type: 'CalendarChanged',
      data: { year: data.year, holidays: inDateOrder(data.holidays), workdays: inDateOrder(data.workdays), at: now.toISOString() },
    },
  ];
}

/** A calendar year's decider, as `handleCommand` (libs/event-store) takes it. */
export const calendarYearDecider = { decide: decideCalendarYear, evolve: evolveCalendarYear, initialState: initialCalendarYearState };
