import type { ColumnType, JSONColumnType } from 'kysely';

/** The item read model: one row per item, projected from its stream; `state` is the decider's state. */
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
  filed_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
