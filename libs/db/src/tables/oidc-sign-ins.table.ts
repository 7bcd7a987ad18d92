import type { ColumnType } from 'kysely';

/** An OIDC sign-in waiting for its callback (10 minutes, consumed once). */
export interface OidcSignInsTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: ColumnType<Date, never, never>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: ColumnType<Date | null, never, Date | string | null>;
}
