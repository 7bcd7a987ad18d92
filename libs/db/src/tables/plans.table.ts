import type { ColumnType, JSONColumnType } from 'kysely';

/** The plan read model, projected from the plan's stream. */
export interface PlansTable {
  id: string;
  title: string;
  source_inspection: string;
  owner_unit_id: string;
  policy: JSONColumnType<Record<string, unknown>>;
  version: number;
  issued_at: ColumnType<Date, string, string>;
}
