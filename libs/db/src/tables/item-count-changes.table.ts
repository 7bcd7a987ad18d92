import type { ColumnType } from 'kysely';

/**
 * Each change to what an item counts as in its plan's trend (open, overdue, red), +1 or −1 at the business time of
 * the event that made it (stream version `version`): a read model of the item projection, rebuilt with it.
 */
export interface ItemCountChangesTable {
  item_id: string;
  plan_code: string;
  version: number;
  measure: string;
  at: ColumnType<Date, string, string>;
  delta: number;
}
