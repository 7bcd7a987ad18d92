import type { ColumnType } from 'kysely';

export const unitKinds = ['department', 'district', 'discipline_body', 'plan_owner'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface UnitsTable {
  id: string;
  name: string;
  parent_id: string | null;
  kind: UnitKind;
  created_at: ColumnType<Date, never, never>;
}
