import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';
import { type CountedMeasure, countedMeasures } from './item-count-changes';
import type { ItemFilter } from './item-list';
import { whereItemFilter } from './item-list';

const WEEK_SECONDS = 7 * 86_400;

/** What the trend says of one week: closures in it, and what its items counted as at its end. */
export interface TrendPoint extends Record<CountedMeasure, number> {
  /** Items closed (ItemClosed) during the week. */
  closed: number;
}

/**
 * The plan's items (in the caller's scope, by their units now) week by week, from `item_count_changes`: for each
 * week, the closures in it and the items open, overdue and red at its end (changes at business times before the
 * end). `weeks` are consecutive seven-day periods from `weeks[0].start`; the last may end early (at `as of`).
 * One statement: the plan's changes up to the last end, summed per week and measure, then accumulated here.
 */
export async function planTrend(
  db: Kysely<Database>,
  base: Pick<ItemFilter, 'planCode' | 'scope'> & { planCode: string },
  weeks: readonly { start: Date; end: Date }[],
): Promise<TrendPoint[]> {
  const zero = (): TrendPoint => ({ closed: 0, open: 0, overdue: 0, red: 0 });
  const scoped = whereItemFilter(db.selectFrom('items').select('id'), base);
  if (!scoped || weeks.length === 0) return weeks.map(zero);
  const first = weeks[0].start.toISOString();
  const end = weeks[weeks.length - 1].end.toISOString();
  const inScope = base.scope === 'all' ? sql`true` : sql`c.item_id in (${scoped})`;
  const { rows } = await sql<{ measure: CountedMeasure; week: number; net: string; ended: string }>`
    select measure, week, sum(delta) as net, count(*) filter (where delta < 0) as ended
    from (
      select c.measure, c.delta,
        greatest(-1, floor(extract(epoch from c.at - ${first}::timestamptz) / ${sql.lit(WEEK_SECONDS)}))::int as week
      from item_count_changes as c
      where c.plan_code = ${base.planCode} and c.at < ${end}::timestamptz and ${inScope}
    ) as changes
    group by measure, week`.execute(db);
  const points = weeks.map(zero);
  const running: Record<CountedMeasure, number> = { open: 0, overdue: 0, red: 0 };
  const net = (measure: CountedMeasure, week: number) => Number(rows.find((r) => r.measure === measure && r.week === week)?.net ?? 0);
  for (const measure of countedMeasures) running[measure] = net(measure, -1);
  weeks.forEach((_, week) => {
    for (const measure of countedMeasures) {
      running[measure] += net(measure, week);
      points[week][measure] = running[measure];
    }
    points[week].closed = Number(rows.find((r) => r.measure === 'open' && r.week === week)?.ended ?? 0);
  });
  return points;
}
