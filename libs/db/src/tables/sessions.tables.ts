import type { ColumnType } from 'kysely';

/** A person's signed-in session: the cookie's token is stored only as its SHA-256. */
export interface SessionsTable {
  token_hash: string;
  principal_id: string;
  /** Sent back in `X-CSRF-Token` with every unsafe request made with the cookie. */
  csrf_token: string;
  created_at: ColumnType<Date, never, never>;
  last_seen_at: ColumnType<Date, never, Date | string>;
  /** Slides with use (8 h after the last request), never past `expires_at`. */
  idle_expires_at: ColumnType<Date, Date | string, Date | string>;
  /** The absolute end (7 days after sign-in). */
  expires_at: ColumnType<Date, Date | string, Date | string>;
  revoked_at: ColumnType<Date | null, never, Date | string | null>;
  address: string | null;
  user_agent: string | null;
}

/** A one-time link that lets a person set a password (and signs them in). */
export interface InvitationsTable {
  token_hash: string;
  principal_id: string;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: ColumnType<Date | null, never, Date | string | null>;
}

/** rate-limiter-flexible's PostgreSQL store (its layout): consumed points per key until `expire` (epoch ms). */
export interface SignInLimitsTable {
  key: string;
  points: number;
  expire: number | null;
}
