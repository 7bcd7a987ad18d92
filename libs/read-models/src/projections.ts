import { itemProjection } from './item-projection';
import { planProjection } from './plan-projection';

/** Every inline projection, in the order the event store runs them. */
export const readModelProjections = [planProjection, itemProjection];

/** The tables those projections own (what a rebuild empties and refills). */
export const readModelTables = ['plans', 'items'] as const;
