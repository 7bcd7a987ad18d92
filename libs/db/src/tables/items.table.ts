import type { ColumnType, JSONColumnType } from 'kysely';

/**
 * The item read model: one row per item, projected from its stream; `state` is the decider's state, `view` the item
 * as the API shows it (read-models' toItemView of the row), JSON text written with the row (`json`: parsed when
 * selected as it is, the text itself when cast to text).
 */
export interface ItemsTable {
  id: string;
  plan_code: string;
  code: string;
  title: string;
  kind: string;
  status: string;
  light: string;
  deadline: string | null;
  original_deadline: string | null;
  percent: number;
  overdue: boolean;
  relapse_count: number;
  next_wake_up: ColumnType<Date | null, string | null, string | null>;
  responsible_unit_id: string | null;
  supervising_unit_id: string | null;
  version: number;
  state: JSONColumnType<Record<string, unknown>>;
  view: JSONColumnType<Record<string, unknown>>;
  filed_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
