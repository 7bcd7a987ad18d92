import type { CommandMetadata } from '@closeloop/domain';
import { defineQuery } from '@temporalio/workflow';

export const calendarReplanWorkflowType = 'calendarReplanWorkflow';

export interface CalendarReplanInput {
  year: number;
  calendarVersion: number;
  /** Who changed the calendar; each item's ApplyCalendar carries it (with a command id of its own). */
  metadata: Omit<CommandMetadata, 'commandId'>;
  /** Carried across continue-as-new: the items still to re-plan, and what happened to the others. */
  pending?: string[];
  progress?: CalendarReplanProgress;
}

/** How far a re-plan has come; `total` = replanned + unchanged + failed once `done`. */
export interface CalendarReplanProgress {
  year: number;
  calendarVersion: number;
  /** Open items whose timers can reach into the year when the re-plan started. */
  total: number;
  /** Items that recorded CalendarApplied: their timers now follow the new calendar. */
  replanned: number;
  /** Items that refused or had nothing to record (closed or consolidated since). */
  unchanged: number;
  /** Items still unreachable after every retry; their timers follow the calendar they had. */
  failed: number;
  done: boolean;
}

export const calendarReplanProgressQuery = defineQuery<CalendarReplanProgress>('progress');

export interface ApplyCalendarToItemInput {
  itemId: string;
  year: number;
  metadata: CommandMetadata;
}

/** What an item made of the new calendar. */
export type ApplyCalendarOutcome = 'replanned' | 'unchanged';

/** The side effects a calendar re-plan may ask for. */
export interface CalendarReplanActivities {
  /** The open items (not closed or consolidated) whose timers can reach into `year`. */
  openItemsForCalendarYear(input: { year: number }): Promise<string[]>;
  /** Sends the item the calendar of the years its timers can touch, as an ApplyCalendar Update to its workflow. */
  applyCalendarToItem(input: ApplyCalendarToItemInput): Promise<ApplyCalendarOutcome>;
}
