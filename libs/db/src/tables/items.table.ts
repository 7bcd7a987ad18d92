import type { ColumnType, JSONColumnType } from 'kysely';

/** The item read model: one row per item, projected from its stream. */
export interface ItemsTable {
  id: string;
  plan_code: string;
  code: string;
  title: string;
  status: string;
  deadline: string;
  responsible_unit_id: string | null;
  supervising_unit_id: string | null;
  version: number;
  state: JSONColumnType<Record<string, unknown>>;
  filed_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
