import type { Database } from '@closeloop/db';
import type { FiledItem } from '@closeloop/domain';
import type { Kysely, Selectable } from 'kysely';

/** The item as the API shows it. */
export interface ItemView {
  id: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  status: string;
  deadline: string;
  responsibleUnitId: string | null;
  supervisingUnitId: string | null;
  filedAt: string;
  updatedAt: string;
  version: number;
}

export async function findItem(db: Kysely<Database>, itemId: string): Promise<ItemView | undefined> {
  const row = await db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirst();
  return row && toItemView(row);
}

export function toItemView(row: Selectable<Database['items']>): ItemView {
  const state = row.state as unknown as FiledItem;
  return {
    id: row.id,
    planCode: row.plan_code,
    code: row.code,
    title: row.title,
    finding: state.finding,
    target: state.target,
    status: row.status,
    deadline: row.deadline,
    responsibleUnitId: row.responsible_unit_id,
    supervisingUnitId: row.supervising_unit_id,
    filedAt: row.filed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
