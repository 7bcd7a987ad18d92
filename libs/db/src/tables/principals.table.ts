import type { ColumnType } from 'kysely';

export interface PrincipalsTable {
  id: string;
  name: string;
  role: string;
  unit_ids: string[];
  /** sha256 of the API key; the key itself is shown once and never stored. */
  key_hash: string;
  created_at: ColumnType<Date, never, never>;
  revoked_at: Date | null;
}
