import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// An OIDC sign-in between the redirect to the provider and its callback: what the callback needs to finish it
// (the PKCE verifier and the nonce), keyed by the `state` the provider sends back. A row lives 10 minutes and is
// consumed by its first callback (used_at), so a replayed or forged callback finds nothing.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oidc_sign_ins')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('oidc_sign_ins_expiry_idx').on('oidc_sign_ins').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_sign_ins').ifExists().execute();
}
