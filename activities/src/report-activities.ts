import { INVALID_PERIOD, PERIOD_NOT_OVER, type ReportActivities } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { InvalidPeriodError, PeriodNotOverError, computeAndStoreReport, isReportKind, previousPeriod } from '@closeloop/reports';
import { ApplicationFailure } from '@temporalio/activity';
import type { Kysely } from 'kysely';

export interface ReportActivityDependencies {
  db: Kysely<Database>;
  /** The clock (tests); defaults to the system clock. */
  now?: () => Date;
}

/** The report activity: computes a period's report from the event log and upserts it (idempotent). */
export function createReportActivities({ db, now = () => new Date() }: ReportActivityDependencies): ReportActivities {
  return {
    async computeReport({ kind, period, asOf }) {
      if (!isReportKind(kind))
        throw ApplicationFailure.create({ type: INVALID_PERIOD, message: `unknown report kind ${kind}`, nonRetryable: true });
      try {
        const at = asOf ? new Date(asOf) : now();
        if (Number.isNaN(at.getTime())) throw new InvalidPeriodError(kind, String(asOf), 'asOf is not an instant');
        const id = period ?? previousPeriod(kind, at).id;
        const stored = await computeAndStoreReport(db, kind, id, { now: now() });
        return { kind, period: stored.period, cutoff: stored.cutoff.toISOString(), units: stored.data.units.length };
      } catch (error) {
        if (error instanceof InvalidPeriodError)
          throw ApplicationFailure.create({ type: INVALID_PERIOD, message: error.message, nonRetryable: true });
        if (error instanceof PeriodNotOverError)
          throw ApplicationFailure.create({ type: PERIOD_NOT_OVER, message: error.message, nonRetryable: true });
        throw error;
      }
    },
  };
}
