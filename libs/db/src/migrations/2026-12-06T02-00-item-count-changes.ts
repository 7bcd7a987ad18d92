import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// The plan cockpit's weekly trend: each change to what an item counts as (open, overdue, red), +1 or −1 at the
// business time of the event that made it, written by the item projection as it folds each event. Summed per plan up
// to an instant they give the plan's counts at that instant; a week's closures are its −1 changes of `open`.
//
// The history before this migration comes from the event log with `make rebuild` (which this release needs anyway:
// the item view gains fields). Until then each item counts here as it stands now, from now on: the counts at every
// week end after this migration are right, the weeks before it show nothing.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('item_count_changes')
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('plan_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('delta', 'smallint', (c) => c.notNull().check(sql`delta in (-1, 1)`))
    .addPrimaryKeyConstraint('item_count_changes_pk', ['item_id', 'version', 'measure'])
    .execute();
  // A plan's changes up to an instant, read from the index alone.
  await sql`create index item_count_changes_plan_idx on item_count_changes (plan_code, at) include (measure, delta, item_id)`.execute(db);
  await sql`
    insert into item_count_changes (item_id, plan_code, version, measure, at, delta)
    select id, plan_code, version, measure, now(), 1
    from items
    cross join lateral (
      select 'open' as measure where status not in ('closed', 'consolidated')
      union all select 'overdue' where overdue
      union all select 'red' where light = 'red'
    ) as counted`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('item_count_changes').execute();
}
