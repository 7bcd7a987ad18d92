import { calendarYearsFor, loadCalendarData } from '@closeloop/calendar';
import { COMMAND_REFUSED, type CalendarReplanActivities, type CommandAccepted, itemUpdates, itemWorkflowId } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { ApplicationFailure, type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Kysely } from 'kysely';

export interface CalendarReplanActivityDependencies {
  db: Kysely<Database>;
  /** Sends the ApplyCalendar Updates to the items' workflows. */
  client: Client;
  /** The clock (tests); defaults to the system clock. */
  now?: () => Date;
}

/** Statuses after which an item's timers no longer run on the working-day calendar. */
const finished = ['closed', 'consolidated'];

/** The re-plan's activities: which items a year's change concerns, and one item's re-plan. */
export function createCalendarReplanActivities({
  db,
  client,
  now = () => new Date(),
}: CalendarReplanActivityDependencies): CalendarReplanActivities {
  return {
    async openItemsForCalendarYear({ year }) {
      const open = await db.selectFrom('items').select(['id', 'deadline']).where('status', 'not in', finished).orderBy('id').execute();
      const at = now();
      return open
        .filter((item) => {
          const { from, to } = calendarYearsFor(item.deadline, at);
          return year >= from && year <= to;
        })
        .map((item) => item.id);
    },

    async applyCalendarToItem({ itemId, metadata }) {
      const item = await db.selectFrom('items').select(['deadline', 'status']).where('id', '=', itemId).executeTakeFirst();
      if (!item || finished.includes(item.status)) return 'unchanged';
      const { from, to } = calendarYearsFor(item.deadline, now());
      const calendar = await loadCalendarData(db, from, to);
      try {
        // The Update's id is the command's: a retried activity gets the first attempt's outcome from Temporal.
        const accepted: CommandAccepted = await client.workflow.getHandle(itemWorkflowId(itemId)).executeUpdate(itemUpdates.ApplyCalendar, {
          args: [{ type: 'ApplyCalendar', data: { calendar }, metadata }],
          updateId: metadata.commandId,
        });
        return accepted.events > 0 ? 'replanned' : 'unchanged';
      } catch (error) {
        // Refused (e.g. closed meanwhile) or its life has ended: the item keeps its plan; no retry changes that.
        const failure = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
        if (failure instanceof ApplicationFailure && failure.type === COMMAND_REFUSED) return 'unchanged';
        if (error instanceof WorkflowNotFoundError) return 'unchanged';
        throw error;
      }
    },
  };
}
