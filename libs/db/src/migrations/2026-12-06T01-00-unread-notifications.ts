import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// A principal's unread notifications, in all and per item (the inbox badge, the unread reminders of each item on a
// page of a list): a partial index of the unread ones, read and gone from it once marked read.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .columns(['principal_id', 'item_id'])
    .where(sql.ref('read_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('notifications_unread_idx').execute();
}
