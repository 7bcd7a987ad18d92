import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { type BulletinReport, computeBulletin } from './compute-bulletin';
import { type DispatchReport, computeDispatch } from './compute-dispatch';
import { type ReportEvent, type UnitName, reportEventTypes } from './log-as-of';
import { type Period, type ReportKind, isOver, parsePeriod, previousPeriod } from './periods';

export type Report = DispatchReport | BulletinReport;

export interface StoredReport {
  kind: ReportKind;
  period: string;
  cutoff: Date;
  computedAt: Date;
  data: Report;
}

/**
 * How long after a cut-off a report may be stored. `recorded_at` is the appending transaction's start
 * time, so a transaction that began just before the cut-off may still be committing just after it; once
 * this settling time has passed, the set of events recorded by the cut-off no longer changes.
 */
export const SETTLE_MS = 60_000;

/** Thrown when asked to store the report of a period that is not over (and settled) yet. */
export class PeriodNotOverError extends Error {
  constructor(readonly period: Period) {
    super(`${period.id} is not over yet: its report can be computed from ${new Date(period.end.getTime() + SETTLE_MS).toISOString()}`);
    this.name = 'PeriodNotOverError';
  }
}

/** Whether the report of a period may be computed and stored at `now`. */
export const isSettled = (period: Period, now: Date): boolean => isOver(period, new Date(now.getTime() - SETTLE_MS));

/** Item events recorded by the cut-off, in global order, read in batches of `batchSize`. */
export async function readLogUpTo(db: Kysely<Database>, cutoff: Date, { batchSize = 5000 } = {}): Promise<ReportEvent[]> {
  const events: ReportEvent[] = [];
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .select(['global_position', 'type', 'data', 'stream_id', 'recorded_at'])
      .where('global_position', '>', after)
      .where('recorded_at', '<=', cutoff)
      .where('stream_id', 'like', 'item-%')
      .where('type', 'in', [...reportEventTypes])
      .orderBy('global_position')
      .limit(batchSize)
      .execute();
    for (const row of rows)
      events.push({ type: row.type, data: slim(row.type, row.data), streamId: row.stream_id, recordedAt: row.recorded_at });
    if (rows.length < batchSize) return events;
    after = rows[rows.length - 1].global_position;
  }
}

/** Keeps only what the reports read (ItemFiled carries the whole policy and calendar). */
function slim(type: string, data: Record<string, unknown>): Record<string, unknown> {
  if (type !== 'ItemFiled') return data;
  const { itemId, planCode, code, title, deadline, at } = data;
  return { itemId, planCode, code, title, deadline, at };
}

export async function readUnitNames(db: Kysely<Database>): Promise<UnitName[]> {
  return db.selectFrom('units').select(['id', 'name']).orderBy('id').execute();
}

/** Computes a report as of its period's cut-off from the log and the units' names; stores nothing. */
export async function computeReport(db: Kysely<Database>, kind: ReportKind, periodId: string | Period): Promise<Report> {
  const period = typeof periodId === 'string' ? parsePeriod(kind, periodId) : periodId;
  const [events, units] = await Promise.all([readLogUpTo(db, period.end), readUnitNames(db)]);
  return kind === 'dispatch' ? computeDispatch(events, units, period) : computeBulletin(events, units, period);
}

/**
 * Computes the report of a period that is over and upserts it into `reports`. Recomputing gives the same
 * data (the log up to the cut-off never changes), so a retry or a second caller is harmless.
 * Throws InvalidPeriodError for a bad period and PeriodNotOverError before the period is over and settled.
 */
export async function computeAndStoreReport(
  db: Kysely<Database>,
  kind: ReportKind,
  periodId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<StoredReport> {
  const period = parsePeriod(kind, periodId);
  if (!isSettled(period, now)) throw new PeriodNotOverError(period);
  const data = await computeReport(db, kind, period);
  return storeReport(db, data, new Date());
}

/** Upserts a computed report. */
export async function storeReport(db: Kysely<Database>, data: Report, computedAt = new Date()): Promise<StoredReport> {
  const row = {
    kind: data.kind,
    period: data.period,
    cutoff: data.cutoff,
    data: JSON.stringify(data),
    computed_at: computedAt.toISOString(),
  };
  await db
    .insertInto('reports')
    .values(row)
    .onConflict((oc) => oc.columns(['kind', 'period']).doUpdateSet({ cutoff: row.cutoff, data: row.data, computed_at: row.computed_at }))
    .execute();
  return { kind: data.kind, period: data.period, cutoff: new Date(data.cutoff), computedAt, data };
}

/** The stored report of a period, if computed. */
export async function readReport(db: Kysely<Database>, kind: ReportKind, periodId: string): Promise<StoredReport | undefined> {
  const period = parsePeriod(kind, periodId);
  const row = await db.selectFrom('reports').selectAll().where('kind', '=', kind).where('period', '=', period.id).executeTakeFirst();
  if (!row) return undefined;
  return { kind, period: row.period, cutoff: row.cutoff, computedAt: row.computed_at, data: row.data as unknown as Report };
}

/**
 * The latest monthly bulletin at `now`: the last month that is over and settled, as stored (the Schedule stores each
 * on the 1st at 08:00), else computed from the log and stored now, as `GET /v1/reports/bulletin` does.
 */
export async function latestBulletin(db: Kysely<Database>, now = new Date()): Promise<StoredReport> {
  let month = previousPeriod('bulletin', now);
  if (!isSettled(month, now)) month = previousPeriod('bulletin', month.start);
  return (await readReport(db, 'bulletin', month.id)) ?? computeAndStoreReport(db, 'bulletin', month.id, { now });
}
