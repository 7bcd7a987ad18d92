import { itemProjection } from './item-projection';
import { planProjection } from './plan-projection';

/**
 * Every inline projection, in the order the event store runs them. Each folds one stream into rows of its own and
 * reads no other stream's rows: the rebuild replays the log stream by stream on that promise (see rebuild.ts).
 */
export const readModelProjections = [planProjection, itemProjection];

/** The tables those projections own (what a rebuild empties and refills). */
export const readModelTables = ['plans', 'items', 'item_count_changes'] as const;
