import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

/** `dispatch`: the weekly dispatch (周调度); `bulletin`: the monthly bulletin (月通报). */
export type ReportKindContract = 'dispatch' | 'bulletin';

export const reportWorkflowType = 'reportWorkflow';

export interface ReportWorkflowInput {
  kind: ReportKindContract;
  /** `2026-W47` or `2026-11`; absent: the period before the scheduled (or start) time. */
  period?: string;
}

export interface ComputeReportInput {
  kind: ReportKindContract;
  period?: string;
  /** RFC 3339; when `period` is absent, the report is for the last period over at this instant (default: now). */
  asOf?: string;
}

export interface ComputeReportResult {
  kind: ReportKindContract;
  period: string;
  /** RFC 3339 cut-off of the period. */
  cutoff: string;
  /** Rows (units) in the stored report. */
  units: number;
}

/** The side effects a report workflow may ask for. */
export interface ReportActivities {
  /** Computes the report of a period from the event log and upserts it into `reports` (idempotent). */
  computeReport(input: ComputeReportInput): Promise<ComputeReportResult>;
}

/** ApplicationFailure types of the report activity that no retry can fix. */
export const INVALID_PERIOD = 'InvalidPeriod';
export const PERIOD_NOT_OVER = 'PeriodNotOver';

/** The Temporal Schedules that start the report workflow (Asia/Shanghai, 08:00). */
export const reportScheduleIds = {
  /** Every Monday 08:00: the previous ISO week. */
  dispatch: 'closeloop-weekly-dispatch',
  /** The 1st of every month 08:00: the previous month. */
  bulletin: 'closeloop-monthly-bulletin',
} as const satisfies Record<ReportKindContract, string>;

export const REPORT_TIMEZONE = 'Asia/Shanghai';

/** Set by the Temporal server on workflows a Schedule starts: the time the action was scheduled for. */
export const TEMPORAL_SCHEDULED_START_TIME = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);
