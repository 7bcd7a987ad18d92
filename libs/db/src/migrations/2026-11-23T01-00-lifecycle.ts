import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source_inspection', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull())
    .addColumn('policy', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('items')
    .alterColumn('deadline', (c) => c.dropNotNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('time_bound'))
    .addColumn('light', 'text', (c) => c.notNull().defaultTo('green'))
    .addColumn('original_deadline', 'date')
    .addColumn('percent', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('overdue', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('relapse_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_wake_up', 'timestamptz')
    .execute();
  await sql`update items set original_deadline = deadline`.execute(db);
  await db.schema.createIndex('items_plan_status_idx').on('items').columns(['plan_code', 'status']).execute();
  await db.schema.createIndex('items_light_idx').on('items').column('light').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_light_idx').execute();
  await db.schema.dropIndex('items_plan_status_idx').execute();
  await db.schema
    .alterTable('items')
    .dropColumn('kind')
    .dropColumn('light')
    .dropColumn('original_deadline')
    .dropColumn('percent')
    .dropColumn('overdue')
    .dropColumn('relapse_count')
    .dropColumn('next_wake_up')
    .execute();
  await db.schema.dropTable('plans').execute();
}
