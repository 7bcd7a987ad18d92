import type { Database } from '@closeloop/db';
import { type ItemState, isFiled, trafficLight } from '@closeloop/domain';
import type { Insertable } from 'kysely';

/**
 * What a plan's trend counts of an item at any instant: open (not closed or consolidated), overdue, and red (its
 * traffic light). Each is the domain's own reading of the item's state.
 */
export const countedMeasures = ['open', 'overdue', 'red'] as const;
export type CountedMeasure = (typeof countedMeasures)[number];

export function countsOf(state: ItemState): Record<CountedMeasure, boolean> {
  if (!isFiled(state)) return { open: false, overdue: false, red: false };
  return {
    open: state.status !== 'closed' && state.status !== 'consolidated',
    overdue: state.overdue,
    red: trafficLight(state) === 'red',
  };
}

export type CountChangeRow = Insertable<Database['item_count_changes']>;

/**
 * The rows an event writes into `item_count_changes`: +1 for each measure the item begins to count as, −1 for each
 * it stops counting as, at the event's business time (`at`). Summed up to an instant they give what the item counted
 * as then: the plan's trend adds them up per week.
 */
export function countChanges(
  before: ItemState,
  after: ItemState,
  event: { itemId: string; planCode: string; version: number; at: string },
): CountChangeRow[] {
  const was = countsOf(before);
  const is = countsOf(after);
  return countedMeasures
    .filter((measure) => was[measure] !== is[measure])
    .map((measure) => ({
      item_id: event.itemId,
      plan_code: event.planCode,
      version: event.version,
      measure,
      at: event.at,
      delta: is[measure] ? 1 : -1,
    }));
}
