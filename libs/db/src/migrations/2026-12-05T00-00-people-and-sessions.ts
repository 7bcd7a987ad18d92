import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// People sign in: a principal is a `key` (an API key, as before: integrators and systems) or a `person` (a login
// with a password or an OIDC subject, no key). Sessions and one-time invitation links are stored as SHA-256s of
// their tokens. `sign_in_limits` is rate-limiter-flexible's PostgreSQL store (its own layout: key, points, expire
// in epoch ms), created here rather than by the library so that the schema has one owner.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('principals')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('key'))
    .addColumn('login', 'text', (c) => c.unique())
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'text', (c) => c.unique())
    .addColumn('disabled_at', 'timestamptz')
    .execute();
  await db.schema
    .alterTable('principals')
    .alterColumn('key_hash', (c) => c.dropNotNull())
    .execute();
  // A key has a key and no login; a person a login and no key, and is never an integrator.
  await sql`
    alter table principals add constraint principals_kind_check check (
      (kind = 'key' and key_hash is not null and login is null and password_hash is null and oidc_subject is null)
      or (kind = 'person' and key_hash is null and login is not null and role <> 'integrator')
    )`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('principal_id', 'uuid', (c) => c.notNull().references('principals.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('idle_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('address', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_principal_idx').on('sessions').column('principal_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('principal_id', 'uuid', (c) => c.notNull().references('principals.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('principals.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('invitations_principal_idx').on('invitations').column('principal_id').execute();

  await db.schema
    .createTable('sign_in_limits')
    .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
}

/** Back to keys only: the people (and everything of theirs) go. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_limits').ifExists().execute();
  await db.schema.dropTable('invitations').ifExists().execute();
  await db.schema.dropTable('sessions').ifExists().execute();
  await sql`alter table principals drop constraint if exists principals_kind_check`.execute(db);
  await db.deleteFrom('principals').where('kind', '=', 'person').execute();
  await db.schema
    .alterTable('principals')
    .alterColumn('key_hash', (c) => c.setNotNull())
    .execute();
  await db.schema
    .alterTable('principals')
    .dropColumn('kind')
    .dropColumn('login')
    .dropColumn('password_hash')
    .dropColumn('oidc_subject')
    .dropColumn('disabled_at')
    .execute();
}
