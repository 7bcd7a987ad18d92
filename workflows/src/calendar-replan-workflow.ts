import type { ApplyCalendarOutcome, CalendarReplanActivities, CalendarReplanInput, CalendarReplanProgress } from '@closeloop/contracts';
import { calendarReplanProgressQuery } from '@closeloop/contracts';
import { continueAsNew, proxyActivities, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';

const { openItemsForCalendarYear } = proxyActivities<CalendarReplanActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const { applyCalendarToItem } = proxyActivities<CalendarReplanActivities>({
  startToCloseTimeout: '30 seconds',
  // An item that stays unreachable this long is counted as failed; the others go on.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 8 },
});

/** Items re-planned at once: enough to finish a province's items in minutes, few enough to spare the server. */
const AT_ONCE = 8;

/**
 * After a change to a year of the calendar, sends every open item whose timers can reach into that year the
 * calendar it follows (ApplyCalendar, an Update on the item's workflow), a few at a time, with retries; one item's
 * failure does not stop the others. Its progress is the query `progress` and, once done, its result.
 * Deterministic: activities, the workflow's uuid4 and its own info only.
 */
export async function calendarReplanWorkflow(input: CalendarReplanInput): Promise<CalendarReplanProgress> {
  const { year, calendarVersion, metadata } = input;
  const progress: CalendarReplanProgress = input.progress ?? {
    year,
    calendarVersion,
    total: 0,
    replanned: 0,
    unchanged: 0,
    failed: 0,
    done: false,
  };
  setHandler(calendarReplanProgressQuery, () => progress);
  let pending = input.pending;
  if (!pending) {
    pending = await openItemsForCalendarYear({ year });
    progress.total = pending.length;
  }

  while (pending.length > 0) {
    const batch = pending.slice(0, AT_ONCE);
    const outcomes = await Promise.all(
      batch.map((itemId) =>
        applyCalendarToItem({ itemId, year, metadata: { ...metadata, commandId: uuid4() } }).catch(
          (): ApplyCalendarOutcome | 'failed' => 'failed',
        ),
      ),
    );
    for (const outcome of outcomes) progress[outcome]++;
    pending = pending.slice(batch.length);
    if (pending.length > 0 && workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof calendarReplanWorkflow>({ ...input, pending, progress });
    }
  }
  progress.done = true;
  return progress;
}
