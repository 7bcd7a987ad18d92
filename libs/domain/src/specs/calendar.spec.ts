import { DeciderSpecification } from '@event-driven-io/emmett';
import {
  type CalendarChanged,
  type CalendarYearState,
  type ChangeCalendar,
  decideCalendarYear,
  evolveCalendarYear,
  initialCalendarYearState,
} from '../calendar';
import type { CommandRefused } from '../refusal';
import { AT, NOW, asAdmin, asLeaderOverResponsibleUnit, refusedWith } from './fixtures';

const given = DeciderSpecification.for({
  decide: (command: ChangeCalendar, state: CalendarYearState) => decideCalendarYear(command, state, NOW),
  evolve: evolveCalendarYear,
  initialState: initialCalendarYearState,
});

const changeCalendar = (data: Partial<ChangeCalendar['data']> = {}, metadata = asAdmin): ChangeCalendar => ({
  type: 'ChangeCalendar',
  data: { year: 2027, holidays: [], workdays: [], ...data },
  metadata,
});
const changed = (data: Partial<CalendarChanged['data']> = {}): CalendarChanged => ({
  type: 'CalendarChanged',
  data: { year: 2027, holidays: [], workdays: [], at: AT, ...data },
});

describe('ChangeCalendar (调整节假日安排)', () => {
  it('records the year in date order with the names trimmed', () => {
    given([])
      .when(
        changeCalendar({
          holidays: [
            { date: '2027-10-02', name: ' 国庆节 ' },
            { date: '2027-10-01', name: '国庆节' },
          ],
          workdays: [{ date: '2027-09-26', name: '国庆节' }],
        }),
      )
      .then([
        changed({
          holidays: [
            { date: '2027-10-01', name: '国庆节' },
            { date: '2027-10-02', name: '国庆节' },
          ],
          workdays: [{ date: '2027-09-26', name: '国庆节' }],
        }),
      ]);
  });

  it('replaces whatever an earlier change recorded, even with an empty year', () => {
    given([changed({ holidays: [{ date: '2027-10-01', name: '国庆节' }] })])
      .when(changeCalendar())
      .then([changed()]);
  });

  it('refuses an impossible year, naming every field at fault as the caller sent it', () => {
    given([])
      .when(changeCalendar({ holidays: [{ date: '2026-10-01', name: '国庆节' }], workdays: [{ date: '2027-09-27', name: ' ' }] }))
      .thenThrows((error) => {
        refusedWith('invalid', 'invalid-calendar')(error);
        expect((error as CommandRefused).errors).toEqual([
          { field: 'holidays.0.date', message: 'must be in 2027' },
          { field: 'workdays.0.date', message: 'must be a Saturday or Sunday (a make-up working day)' },
          { field: 'workdays.0.name', message: 'must not be empty' },
        ]);
        return true;
      });
  });

  it('lets only an admin change the calendar', () => {
    given([]).when(changeCalendar({}, asLeaderOverResponsibleUnit)).thenThrows(refusedWith('forbidden', 'role-not-allowed'));
  });

  it('folds the changes into the last one and how many there were', () => {
    const state = [changed({ holidays: [{ date: '2027-10-01', name: '国庆节' }] }), changed()].reduce(
      evolveCalendarYear,
      initialCalendarYearState(),
    );
    expect(state).toEqual({ changed: true, days: { year: 2027, holidays: [], workdays: [] }, changes: 2 });
  });
});
