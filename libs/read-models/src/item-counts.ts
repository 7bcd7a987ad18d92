import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { type ItemFilter, itemFilterConditions, whereItemFilter } from './item-list';

/** A filter narrowing another: what a count adds to the base filter (the caller's scope stays the base's). */
export type NarrowingFilter = Omit<ItemFilter, 'scope'>;

/**
 * How many items the base filter (the caller's scope, a plan) lets through with each of the narrowing filters added,
 * in one pass over the base's rows (`count(*) filter (where …)` per narrowing). Each count is, by construction, the
 * number of items the item list gives for the base and narrowing filters together: the same conditions
 * (itemFilterConditions) decide both.
 */
export async function countItems(db: Kysely<Database>, base: ItemFilter, narrowings: readonly NarrowingFilter[]): Promise<number[]> {
  const rows = whereItemFilter(db.selectFrom('items'), base);
  if (!rows || narrowings.length === 0) return narrowings.map(() => 0);
  const counts = await rows
    .select((eb) =>
      narrowings.map((narrowing, i) =>
        eb.fn
          .countAll<string>()
          .filterWhere((w) => w.and(itemFilterConditions(w, { ...narrowing, scope: 'all' })))
          .as(`n${i}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const byAlias = counts as Record<string, string | number>;
  return narrowings.map((_, i) => Number(byAlias[`n${i}`]));
}

/** How many items the base filter lets through, per responsible unit (the list's `responsibleUnit` filter). */
export async function countItemsByResponsibleUnit(db: Kysely<Database>, base: ItemFilter): Promise<Map<string, number>> {
  const rows = whereItemFilter(db.selectFrom('items'), base);
  if (!rows) return new Map();
  const counts = await rows
    .select(['responsible_unit_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('responsible_unit_id', 'is not', null)
    .groupBy('responsible_unit_id')
    .execute();
  return new Map(counts.map((row) => [row.responsible_unit_id!, Number(row.n)]));
}
