import { calendarStreamId, latestCalendarChange, lockCalendarYear, replaceCalendarYear } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import type { CalendarChanged, CalendarYear } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

const ATTEMPTS = 3;

/**
 * Records `CalendarChanged` on the stream `calendar-<year>`, then makes the year's rows those of the stream's
 * latest change. The event store commits in a transaction of its own that cannot take the rows, so they follow
 * in a second one: under the year's lock and read back from the log, so that concurrent changes end with the
 * rows of the last one, and a retry after a failed second step repairs them.
 * A PUT replaces whatever is there: losing a race to another change re-reads the version and appends again.
 */
export async function recordCalendarChange(
  db: Kysely<Database>,
  eventStore: EventStore,
  days: CalendarYear,
  metadata: Record<string, unknown>,
): Promise<void> {
  const streamId = calendarStreamId(days.year);
  const event: CalendarChanged = { type: 'CalendarChanged', data: { ...days, at: new Date().toISOString() } };
  const toAppend = { eventId: randomUUID(), type: event.type, data: { ...event.data }, metadata };
  for (let attempt = 1; ; attempt++) {
    const version = (await eventStore.readStream(streamId)).at(-1)?.streamVersion ?? 0;
    try {
      await eventStore.append(streamId, version, [toAppend]);
      break;
    } catch (error) {
      if (!(error instanceof StreamVersionConflict) || attempt === ATTEMPTS) throw error;
    }
  }
  await db.transaction().execute(async (trx) => {
    await lockCalendarYear(trx, days.year);
    await replaceCalendarYear(trx, days.year, (await latestCalendarChange(trx, days.year)) ?? days);
  });
}
