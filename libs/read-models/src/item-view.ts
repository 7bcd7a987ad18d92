import type { Database } from '@closeloop/db';
import type { FiledItem, TrafficLight } from '@closeloop/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';

/** The item as the API shows it. */
export interface ItemView {
  id: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  measures: string[];
  kind: FiledItem['kind'];
  indicator: FiledItem['indicator'] | null;
  indicatorValue: number | null;
  status: FiledItem['status'];
  light: TrafficLight;
  deadline: string | null;
  originalDeadline: string | null;
  overdue: boolean;
  percent: number;
  milestones: FiledItem['milestones'];
  responsibleUnitId: string | null;
  cooperatingUnitIds: string[];
  responsiblePerson: string | null;
  supervisingUnitId: string | null;
  leaderInCharge: string | null;
  pendingExtension: FiledItem['pendingExtension'] | null;
  closureRequest: FiledItem['closureRequest'] | null;
  revisits: FiledItem['revisits'];
  relapseCount: number;
  escalation: { level: FiledItem['escalation']['level']; proposed: string | null; documentNumbers: string[] };
  missedReportsInARow: number;
  rejectionCount: number;
  reportCount: number;
  lastReportAt: string | null;
  closedAt: string | null;
  nextWakeUp: string | null;
  filedAt: string;
  updatedAt: string;
  version: number;
}

/** A row of `items` as read, but its stored view: what the view is made of. */
export type ItemViewSource = Omit<Selectable<Database['items']>, 'view'>;

/** The item's stored view: `toItemView` of its row, as the item projection wrote it (see itemViewJson). */
export async function findItem(db: Kysely<Database>, itemId: string): Promise<ItemView | undefined> {
  const row = await db.selectFrom('items').select('view').where('id', '=', itemId).executeTakeFirst();
  return row && (row.view as unknown as ItemView);
}

/** The item as the API shows it. The one definition: the projection stores this of each row (itemViewJson). */
export function toItemView(row: ItemViewSource): ItemView {
  const state = row.state as unknown as FiledItem;
  return {
    id: row.id,
    planCode: row.plan_code,
    code: row.code,
    title: row.title,
    finding: state.finding,
    target: state.target,
    measures: state.measures ?? [],
    kind: state.kind,
    indicator: state.indicator ?? null,
    indicatorValue: state.indicatorValue ?? null,
    status: state.status,
    light: row.light as TrafficLight,
    deadline: row.deadline,
    originalDeadline: row.original_deadline,
    overdue: row.overdue,
    percent: row.percent,
    milestones: state.milestones ?? [],
    responsibleUnitId: row.responsible_unit_id,
    cooperatingUnitIds: state.cooperatingUnitIds ?? [],
    responsiblePerson: state.responsiblePerson ?? null,
    supervisingUnitId: row.supervising_unit_id,
    leaderInCharge: state.leaderInCharge ?? null,
    pendingExtension: state.pendingExtension ?? null,
    closureRequest: state.closureRequest ?? null,
    revisits: state.revisits ?? [],
    relapseCount: row.relapse_count,
    escalation: {
      level: state.escalation?.level ?? null,
      proposed: state.escalation?.proposed ?? null,
      documentNumbers: state.escalation?.documentNumbers ?? [],
    },
    missedReportsInARow: state.missedReportsInARow ?? 0,
    rejectionCount: state.rejectionCount ?? 0,
    reportCount: state.reportCount ?? 0,
    lastReportAt: state.lastReportAt ?? null,
    closedAt: state.closedAt ?? null,
    nextWakeUp: row.next_wake_up?.toISOString() ?? null,
    filedAt: row.filed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A row of `items` about to be written, but its view. */
export type WrittenItemRow = Omit<Insertable<Database['items']>, 'view'>;

/**
 * What the item projection stores as the row's view (items.view): the JSON text of `toItemView` of the row as a read
 * will give it back, byte for byte the text `JSON.stringify(toItemView(row))` makes of the row once selected. A read
 * gives back:
 * - the state as PostgreSQL returns a jsonb: JSON's values (JSON.stringify's), keys in jsonb's order (shorter keys
 *   first, keys of one length bytewise); the values the view passes on from the state (milestones, revisits, …)
 *   keep that order;
 * - times as the driver parses them: Dates, to the millisecond;
 * - `percent` as a `real` (float4) holds it: its shortest decimal (what PostgreSQL writes and the driver parses).
 *
 * Times are the ISO 8601 strings the domain writes (the driver and Date parse them alike), dates `YYYY-MM-DD`.
 */
export function itemViewJson(row: WrittenItemRow): string {
  return JSON.stringify(
    toItemView({
      id: row.id,
      plan_code: row.plan_code,
      code: row.code,
      title: row.title,
      kind: row.kind,
      status: row.status,
      light: row.light,
      deadline: row.deadline ?? null,
      original_deadline: row.original_deadline ?? null,
      percent: asReal(row.percent),
      overdue: row.overdue,
      relapse_count: row.relapse_count,
      next_wake_up: row.next_wake_up == null ? null : new Date(row.next_wake_up),
      responsible_unit_id: row.responsible_unit_id ?? null,
      supervising_unit_id: row.supervising_unit_id ?? null,
      version: row.version,
      state: asJsonb(JSON.parse(row.state)) as Record<string, unknown>,
      filed_at: new Date(row.filed_at),
      updated_at: new Date(row.updated_at),
    }),
  );
}

/** A parsed JSON value with its objects' keys in jsonb's order. */
function asJsonb(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(asJsonb);
  const object = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort(jsonbKeyOrder)) {
    // a "__proto__" key stays a key, as JSON.parse leaves it
    if (key === '__proto__') Object.defineProperty(ordered, key, { value: asJsonb(object[key]), enumerable: true, writable: true, configurable: true });
    else ordered[key] = asJsonb(object[key]);
  }
  return ordered;
}

const ASCII = /^[\x00-\x7f]*$/;

/** jsonb's key order: by length in UTF-8 bytes, then bytewise (code point order). */
function jsonbKeyOrder(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length - y.length || Buffer.compare(x, y);
}

/**
 * A number as a `real` column gives it back: the nearest float4, as the shortest decimal that reads back as it (what
 * PostgreSQL writes, and the driver parses).
 */
function asReal(value: number): number {
  const real = Math.fround(value);
  if (!Number.isFinite(real) || (Number.isInteger(real) && Math.abs(real) <= 2 ** 24)) return real;
  for (let digits = 1; digits < 9; digits++) {
    const nearest = Number(real.toPrecision(digits));
    if (Math.fround(nearest) === real) return evenOnTie(real, digits, nearest);
  }
  return Number(real.toPrecision(9));
}

/**
 * When `real` lies exactly halfway between two decimals of `digits` digits that both read back as it, PostgreSQL
 * writes the one whose last digit is even; toPrecision, the larger.
 */
function evenOnTie(real: number, digits: number, nearest: number): number {
  const [mantissa, exponent] = Math.abs(real).toExponential(100).split('e'); // exact: a float4 has few digits
  const significant = mantissa.replace('.', '');
  if (significant[digits] !== '5' || !/^0*$/.test(significant.slice(digits + 1))) return nearest;
  if (Number(significant[digits - 1]) % 2 === 1) return nearest;
  const lower = Math.sign(real) * Number(`${significant.slice(0, digits)}e${Number(exponent) - digits + 1}`);
  return Math.fround(lower) === real ? lower : nearest;
}
