import { loadCalendarData } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import type { CommandMetadata } from '@closeloop/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { ItemCommands } from '../items/item-commands';
import { DB } from '../tokens';
import { calendarYearsFor } from './calendar-year-range';

/**
 * After a year of the calendar changes, sends every open item whose life reaches into that year the
 * calendar it follows, as an ApplyCalendar command: the item records CalendarApplied and its workflow
 * re-plans its timers. Closed and consolidated items are left as they were.
 */
@Injectable()
export class CalendarReplanner {
  private readonly logger = new Logger('CalendarReplanner');

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly commands: ItemCommands,
  ) {}

  /** How many open items were re-planned. */
  async replanOpenItems(year: number, metadata: Omit<CommandMetadata, 'commandId'>): Promise<number> {
    const open = await this.db
      .selectFrom('items')
      .select(['id', 'deadline'])
      .where('status', 'not in', ['closed', 'consolidated'])
      .execute();
    let replanned = 0;
    for (const item of open) {
      const { from, to } = calendarYearsFor(item.deadline);
      if (year < from || year > to) continue;
      const calendar = await loadCalendarData(this.db, from, to);
      try {
        await this.commands.send(item.id, { type: 'ApplyCalendar', data: { calendar }, metadata: { ...metadata, commandId: randomUUID() } });
        replanned++;
      } catch (error) {
        // The change is recorded; an item that refused (e.g. closed meanwhile) keeps its plan.
        this.logger.warn(`item ${item.id} not re-planned: ${(error as Error).message}`);
      }
    }
    return replanned;
  }
}
