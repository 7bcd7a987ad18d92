import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // Statutory holidays and make-up working days (调休) in Asia/Shanghai; other days follow the weekday.
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendar_days_year_idx').on('calendar_days').column('year').execute();

  // One row per recipient of a notification-worthy event: the in-app inbox and the outbox of deliveries.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('principal_id', 'uuid', (c) => c.notNull())
    .addColumn('event_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'uuid')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notifications_principal_idx').on('notifications').columns(['principal_id', 'created_at']).execute();

  // The dedup key of a delivery is (notification, channel): one row, delivered at most once by design.
  await db.schema
    .createTable('deliveries')
    .addColumn('notification_id', 'uuid', (c) => c.notNull().references('notifications.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('leased_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('deliveries_pk', ['notification_id', 'channel'])
    .execute();
  await db.schema.createIndex('deliveries_due_idx').on('deliveries').columns(['status', 'next_attempt_at']).execute();

  // Where a principal wants notifications besides its inbox: email, webhook, dingtalk, wecom.
  await db.schema
    .createTable('principal_channels')
    .addColumn('principal_id', 'uuid', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('principal_channels_pk', ['principal_id', 'channel'])
    .execute();

  // Document numbers such as 督办〔2026〕17号: one counter per kind and year.
  await db.schema
    .createTable('document_numbers')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_numbers_pk', ['kind', 'year'])
    .execute();
  // Which event got which number, so a retried allocation returns the same number.
  await db.schema
    .createTable('document_number_allocations')
    .addColumn('event_id', 'uuid', (c) => c.primaryKey())
    .addColumn('document_number', 'text', (c) => c.notNull().unique())
    .execute();

  // Computed reports (weekly dispatch, monthly bulletin), as of their cut-off.
  await db.schema
    .createTable('reports')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('cutoff', 'timestamptz', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('reports_pk', ['kind', 'period'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'reports',
    'document_number_allocations',
    'document_numbers',
    'principal_channels',
    'deliveries',
    'notifications',
    'calendar_days',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
