import { rebuildReadModels } from '@closeloop/read-models';
import { sql } from 'kysely';
import { loadSyntheticLog } from '../db-bench/synthetic-event-log';
import { serverFiles } from '../db-bench/server-files';
import type { BenchDatabase, BenchServices } from '../stack/bench-services';
import { planSpecs } from '../synthetic/specs';

export interface CockpitPlan {
  planId: string;
  items: number;
}

export interface CockpitPlans {
  database: BenchDatabase;
  /** The plan of the size (5,000 items at scale 1). */
  large: CockpitPlan;
  /** The baseline: a plan issued the same day whose items live the first lives of the large plan's. */
  small: CockpitPlan;
  events: number;
}

/**
 * Two plans of one inspection round, issued the same day: `large` items and `small` items whose lives the real
 * decider played out over the simulated year (benchmark 5's generator: item k of the small plan lives item k's life
 * of the large one). The log is bulk-loaded with COPY and the read models (items, plans, item_count_changes — all
 * the cockpit reads) rebuilt from it by `make rebuild`'s code, as the live projections would have written them.
 */
export async function cockpitPlans(
  services: BenchServices,
  sizes: { large: number; small: number },
  log: (m: string) => void,
): Promise<CockpitPlans> {
  const database = await services.freshDatabase('bench_web_cockpit');
  const files = serverFiles('closeloop-bench-cockpit');
  try {
    const items = sizes.large + sizes.small;
    const [large, small] = planSpecs(items, 2, sizes.large);
    const loaded = await loadSyntheticLog(database.db, files, { items, siblingsPerRound: 2, itemsPerPlan: sizes.large }, log);
    log('rebuilding the read models');
    await rebuildReadModels(database.db);
    await sql`analyze`.execute(database.db);
    const counted = await database.db
      .selectFrom('items')
      .select(['plan_code', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('plan_code')
      .execute();
    const count = (planId: string) => Number(counted.find((row) => row.plan_code === planId)?.n ?? 0);
    if (count(large.planId) !== sizes.large || count(small.planId) !== sizes.small)
      throw new Error(`the rebuild made ${JSON.stringify(counted)}, expected ${sizes.large} and ${sizes.small} items`);
    return {
      database,
      large: { planId: large.planId, items: sizes.large },
      small: { planId: small.planId, items: sizes.small },
      events: loaded.events,
    };
  } catch (error) {
    await database.drop();
    throw error;
  } finally {
    files.remove();
  }
}
