import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// The item list pages in filing order (filed_at, id) under equality filters. An index whose key is the filter's
// columns followed by (filed_at, id) answers a page with an ordered index scan that stops after the page, instead
// of fetching every matching row (scattered over the heap) and sorting them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_plan_status_idx').execute();
  await db.schema.dropIndex('items_light_idx').execute();
  await db.schema.createIndex('items_filed_idx').on('items').columns(['filed_at', 'id']).execute();
  await db.schema.createIndex('items_plan_filed_idx').on('items').columns(['plan_code', 'filed_at', 'id']).execute();
  // Also serves the plan counts (plan_code, then status).
  await db.schema.createIndex('items_plan_status_filed_idx').on('items').columns(['plan_code', 'status', 'filed_at', 'id']).execute();
  await db.schema.createIndex('items_plan_light_filed_idx').on('items').columns(['plan_code', 'light', 'filed_at', 'id']).execute();
  await db.schema.createIndex('items_status_filed_idx').on('items').columns(['status', 'filed_at', 'id']).execute();
  await db.schema.createIndex('items_light_filed_idx').on('items').columns(['light', 'filed_at', 'id']).execute();
  // Few items are overdue at a time, and those are the ones asked for.
  await db.schema
    .createIndex('items_plan_overdue_filed_idx')
    .on('items')
    .columns(['plan_code', 'filed_at', 'id'])
    .where(sql.ref('overdue'), '=', true)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'items_plan_overdue_filed_idx',
    'items_light_filed_idx',
    'items_status_filed_idx',
    'items_plan_light_filed_idx',
    'items_plan_status_filed_idx',
    'items_plan_filed_idx',
    'items_filed_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.createIndex('items_light_idx').on('items').column('light').execute();
  await db.schema.createIndex('items_plan_status_idx').on('items').columns(['plan_code', 'status']).execute();
}
