import type { CalendarChanged } from '@closeloop/domain';
import type { InlineProjection } from '@closeloop/event-store';
import { replaceCalendarYear } from './calendar.repository';

/**
 * `calendar_days` as an inline projection of CalendarChanged: the year's rows become the change's days in the
 * append's own transaction (under the year's lock, so a concurrent seeding waits). Years no admin ever changed
 * keep the official calendar that seeding loaded.
 */
export const calendarDaysProjection: InlineProjection = async (trx, events) => {
  for (const event of events) {
    if (event.type !== 'CalendarChanged') continue;
    const { year, holidays, workdays } = event.data as unknown as CalendarChanged['data'];
    await replaceCalendarYear(trx, year, { holidays, workdays });
  }
};
