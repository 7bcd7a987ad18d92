import type { ColumnType } from 'kysely';

/** `key`: authenticates with an API key (integrators, systems); `person`: signs in with a password or OIDC. */
export type PrincipalKind = 'key' | 'person';

export interface PrincipalsTable {
  id: string;
  kind: ColumnType<PrincipalKind, PrincipalKind | undefined, never>;
  name: string;
  role: string;
  unit_ids: string[];
  /** sha256 of the API key (keys only); the key itself is shown once and never stored. */
  key_hash: string | null;
  /** A person's sign-in name (lowercase, unique). */
  login: string | null;
  /** argon2id (PHC string) of a person's password; null until the person accepts an invitation. */
  password_hash: string | null;
  /** The subject (`sub`) a person signs in as through OIDC. */
  oidc_subject: string | null;
  created_at: ColumnType<Date, never, never>;
  revoked_at: Date | null;
  /** A disabled person cannot sign in, and every session of theirs stops working. */
  disabled_at: Date | null;
}
