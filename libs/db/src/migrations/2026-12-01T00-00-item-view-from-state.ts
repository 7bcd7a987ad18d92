import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// The item projection now builds each item's view (items.view) from the state it folds, and every read returns
// the stored view, so the columns that only fed the view go. The views stored before stay as they are: the same
// fields and values (but `percent`, which was the `real` column's and is now the state's, as reported), until the
// row's next write or `make rebuild` writes them anew. A change to the view's shape needs only `make rebuild`.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('items')
    .dropColumn('title')
    .dropColumn('kind')
    .dropColumn('original_deadline')
    .dropColumn('percent')
    .dropColumn('next_wake_up')
    .execute();
}

/** The columns back, filled from the stored views (what the projection wrote into them). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('items')
    .addColumn('title', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('time_bound'))
    .addColumn('original_deadline', 'date')
    .addColumn('percent', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('next_wake_up', 'timestamptz')
    .execute();
  await sql`
    update items set
      title = view ->> 'title',
      kind = view ->> 'kind',
      original_deadline = (view ->> 'originalDeadline')::date,
      percent = (view ->> 'percent')::real,
      next_wake_up = (view ->> 'nextWakeUp')::timestamptz`.execute(db);
  await db.schema
    .alterTable('items')
    .alterColumn('title', (c) => c.setNotNull())
    .execute();
}
