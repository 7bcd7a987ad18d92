import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// Each item's view (the item as the API shows it) is kept with its row, as JSON text, so that a page of the item
// list is its rows' stored texts joined instead of views built, at every read, from the state. The item projection
// writes it with every write of the row (toItemView of the row, stringified). `json`, not `jsonb`: json keeps the
// text as written; jsonb would sort the view's keys.
//
// Rows written before are filled here from their columns and state, as toItemView shows them at this point: the
// same fields in the same order, the state's defaults, times as Date#toISOString writes them (UTC, milliseconds).
// The values it passes on from the state (milestones, revisits, …) come out as jsonb text, with a blank after
// `:` and `,`: the same JSON values (the next write of the row, or a rebuild, writes the projection's text).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').addColumn('view', 'json').execute();
  // Kept in the row, uncompressed while the row fits (~2 kB): the (larger) state is compressed and moved out of
  // line first. A page then reads each view where its row is, without decompressing it.
  await sql`alter table items alter column view set storage main`.execute(db);
  await sql`update items as p set view = (${sql.raw(viewOfRow)})`.execute(db);
  await db.schema
    .alterTable('items')
    .alterColumn('view', (c) => c.setNotNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').dropColumn('view').execute();
}

/** A field of the state (`d.s`, the row's state decompressed once); SQL null when absent: `state.x ?? null`. */
const state = (path: string): string => `d.s -> ${path}`;
/** `state.x ?? fallback`: absent or null gives the fallback (a JSON literal). */
const stateOr = (path: string, fallback: string): string => `coalesce(nullif(d.s -> ${path}, 'null'::jsonb), '${fallback}'::jsonb)`;
/** A timestamptz as Date#toISOString writes it (UTC, milliseconds cut, not rounded, as the driver parses them). */
const isoTime = (column: string): string => `to_char(p.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const fields = (list: [key: string, expression: string][]): string =>
  list.map(([key, expression]) => `${expression} as "${key}"`).join(', ');

/**
 * The view of row `p`: `row_to_json` writes a row's fields in their order and without blanks (dates as
 * `YYYY-MM-DD`, `real` as its shortest text), the state's values as they are. The state is decompressed once
 * (`|| '{}'` returns a plain copy; `offset 0` keeps the subquery from being flattened into every use of it).
 */
const viewOfRow = `
  select row_to_json(v)
  from (select p.state || '{}'::jsonb as s offset 0) as d
  cross join lateral (select ${fields([
    ['level', state(`'escalation' -> 'level'`)],
    ['proposed', state(`'escalation' -> 'proposed'`)],
    ['documentNumbers', stateOr(`'escalation' -> 'documentNumbers'`, '[]')],
  ])}) as e
  cross join lateral (select ${fields([
    ['id', 'p.id'],
    ['planCode', 'p.plan_code'],
    ['code', 'p.code'],
    ['title', 'p.title'],
    ['finding', state(`'finding'`)],
    ['target', state(`'target'`)],
    ['measures', stateOr(`'measures'`, '[]')],
    ['kind', state(`'kind'`)],
    ['indicator', state(`'indicator'`)],
    ['indicatorValue', state(`'indicatorValue'`)],
    ['status', state(`'status'`)],
    ['light', 'p.light'],
    ['deadline', 'p.deadline'],
    ['originalDeadline', 'p.original_deadline'],
    ['overdue', 'p.overdue'],
    ['percent', 'p.percent'],
    ['milestones', stateOr(`'milestones'`, '[]')],
    ['responsibleUnitId', 'p.responsible_unit_id'],
    ['cooperatingUnitIds', stateOr(`'cooperatingUnitIds'`, '[]')],
    ['responsiblePerson', state(`'responsiblePerson'`)],
    ['supervisingUnitId', 'p.supervising_unit_id'],
    ['leaderInCharge', state(`'leaderInCharge'`)],
    ['pendingExtension', state(`'pendingExtension'`)],
    ['closureRequest', state(`'closureRequest'`)],
    ['revisits', stateOr(`'revisits'`, '[]')],
    ['relapseCount', 'p.relapse_count'],
    ['escalation', 'row_to_json(e)'],
    ['missedReportsInARow', stateOr(`'missedReportsInARow'`, '0')],
    ['rejectionCount', stateOr(`'rejectionCount'`, '0')],
    ['reportCount', stateOr(`'reportCount'`, '0')],
    ['lastReportAt', state(`'lastReportAt'`)],
    ['closedAt', state(`'closedAt'`)],
    ['nextWakeUp', isoTime('next_wake_up')],
    ['filedAt', isoTime('filed_at')],
    ['updatedAt', isoTime('updated_at')],
    ['version', 'p.version'],
  ])}) as v`;
