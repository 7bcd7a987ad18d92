import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// Columns the role screens' lists filter and sort on, copied by the item projection from the item's view:
// - `awaiting`, `waiting_since`: what waits for the supervising unit (an extension request, a closure request, a due
//   revisit) and since when: the 待审核 queue, oldest first;
// - `escalation_level`, `escalation_proposed`: the level reached and a level waiting for a leader's confirmation.
// Rows written before are filled here from their state, as the projection now fills them (the views keep their
// old shape until the row's next event or `make rebuild`).
//
// Indexes: a page of a department's or a supervising unit's items in filing order reads the index in order and
// stops after the page (the unit's single-column indexes go: the new ones lead with the same column); the queue
// is a partial index of the few rows that wait, in waiting order; a plan's escalated or proposed items likewise.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('items')
    .addColumn('awaiting', 'text')
    .addColumn('waiting_since', 'timestamptz')
    .addColumn('escalation_level', 'text')
    .addColumn('escalation_proposed', 'text')
    .execute();
  await sql`
    update items set
      escalation_level = i.state #>> '{escalation,level}',
      escalation_proposed = i.state #>> '{escalation,proposed}',
      awaiting = w.kind,
      waiting_since = w.since
    from items as i
    left join lateral (${sql.raw(awaitingOf('i'))}) as w on true
    where items.id = i.id`.execute(db);

  await db.schema.createIndex('items_responsible_filed_idx').on('items').columns(['responsible_unit_id', 'filed_at', 'id']).execute();
  await db.schema.createIndex('items_supervising_filed_idx').on('items').columns(['supervising_unit_id', 'filed_at', 'id']).execute();
  await db.schema.dropIndex('items_responsible_unit_idx').execute();
  await db.schema.dropIndex('items_supervising_unit_idx').execute();
  await db.schema
    .createIndex('items_supervising_waiting_idx')
    .on('items')
    .columns(['supervising_unit_id', 'waiting_since', 'id'])
    .where(sql.ref('awaiting'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('items_waiting_idx')
    .on('items')
    .columns(['waiting_since', 'id'])
    .where(sql.ref('awaiting'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('items_plan_escalation_filed_idx')
    .on('items')
    .columns(['plan_code', 'escalation_level', 'filed_at', 'id'])
    .where(sql.ref('escalation_level'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('items_plan_proposed_filed_idx')
    .on('items')
    .columns(['plan_code', 'filed_at', 'id'])
    .where(sql.ref('escalation_proposed'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'items_plan_proposed_filed_idx',
    'items_plan_escalation_filed_idx',
    'items_waiting_idx',
    'items_supervising_waiting_idx',
    'items_supervising_filed_idx',
    'items_responsible_filed_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.createIndex('items_responsible_unit_idx').on('items').column('responsible_unit_id').execute();
  await db.schema.createIndex('items_supervising_unit_idx').on('items').column('supervising_unit_id').execute();
  await db.schema
    .alterTable('items')
    .dropColumn('awaiting')
    .dropColumn('waiting_since')
    .dropColumn('escalation_level')
    .dropColumn('escalation_proposed')
    .execute();
}

/**
 * What waits for the supervising unit of row `r`, from its state, at most one thing: a pending extension request
 * (since requested); a closure request awaiting verification (since the public notice ended, or since requested);
 * in a closed item, the earliest revisit that fell due (since its due time). No row when nothing waits.
 */
const awaitingOf = (r: string): string => `
  select kind, since from (
    select 'extension' as kind, (${r}.state #>> '{pendingExtension,requestedAt}')::timestamptz as since, 1 as rank
    where jsonb_typeof(${r}.state -> 'pendingExtension') = 'object'
    union all
    select 'closure', coalesce(${r}.state #>> '{closureRequest,noticeEndsAt}', ${r}.state #>> '{closureRequest,requestedAt}')::timestamptz, 2
    where ${r}.status = 'awaiting_verification' and jsonb_typeof(${r}.state -> 'closureRequest') = 'object'
    union all
    select 'revisit', min((v ->> 'dueAt')::timestamptz), 3
    from jsonb_array_elements(case when jsonb_typeof(${r}.state -> 'revisits') = 'array' then ${r}.state -> 'revisits' else '[]' end) as v
    where ${r}.status = 'closed' and v ->> 'status' = 'due'
    having count(*) > 0
  ) as candidates
  order by rank
  limit 1`;
