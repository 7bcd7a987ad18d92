import {
  type ComputeReportResult,
  INVALID_PERIOD,
  PERIOD_NOT_OVER,
  type ReportActivities,
  type ReportWorkflowInput,
  TEMPORAL_SCHEDULED_START_TIME,
} from '@closeloop/contracts';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';

const { computeReport } = proxyActivities<ReportActivities>({
  // Reads the whole log up to the cut-off: minutes at most, even for a province.
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', nonRetryableErrorTypes: [INVALID_PERIOD, PERIOD_NOT_OVER] },
});

/**
 * Computes and stores one report (weekly dispatch or monthly bulletin). Started by the report Schedules
 * without a period: the report is then for the last period over at the time the Schedule fired (its
 * scheduled time, so a run delayed by an outage still reports on the right period), else the start time.
 * Deterministic: only the workflow's own info and one activity.
 */
export async function reportWorkflow({ kind, period }: ReportWorkflowInput): Promise<ComputeReportResult> {
  if (period) return computeReport({ kind, period });
  const info = workflowInfo();
  const scheduledAt = info.typedSearchAttributes.get(TEMPORAL_SCHEDULED_START_TIME);
  return computeReport({ kind, asOf: (scheduledAt ?? info.startTime).toISOString() });
}
