import {
  REPORT_TIMEZONE,
  type ReportKindContract,
  type ReportWorkflowInput,
  reportScheduleIds,
  reportWorkflowType,
} from '@closeloop/contracts';
import { type Client, type ScheduleOptions, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

/** Every Monday 08:00 Asia/Shanghai for the previous week; the 1st 08:00 for the previous month. */
const calendars: Record<ReportKindContract, NonNullable<ScheduleOptions['spec']['calendars']>> = {
  dispatch: [{ dayOfWeek: 'MONDAY', hour: 8, minute: 0, second: 0, comment: '周调度: every Monday 08:00, the previous ISO week' }],
  bulletin: [{ dayOfMonth: 1, hour: 8, minute: 0, second: 0, comment: '月通报: the 1st of every month 08:00, the previous month' }],
};

/** The two report Schedules; the workflow runs without a period and reports on the one before its scheduled time. */
export function reportScheduleOptions(taskQueue: string): ScheduleOptions[] {
  return (['dispatch', 'bulletin'] as const).map((kind) => ({
    scheduleId: reportScheduleIds[kind],
    spec: { calendars: calendars[kind], timezone: REPORT_TIMEZONE },
    action: {
      type: 'startWorkflow',
      workflowType: reportWorkflowType,
      args: [{ kind } satisfies ReportWorkflowInput],
      taskQueue,
      // The Schedule appends the scheduled time, so each run has its own id.
      workflowId: `report-${kind}`,
    },
    // A run missed during an outage still happens when the server is back, up to a week later.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
  }));
}

/**
 * Creates the report Schedules, or brings existing ones up to date (spec, action, policies) while keeping
 * their paused state and note: safe to call at every worker start, by any number of workers.
 */
export async function ensureReportSchedules(client: Client, taskQueue: string): Promise<void> {
  for (const options of reportScheduleOptions(taskQueue)) {
    try {
      await client.schedule.create(options);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await client.schedule.getHandle(options.scheduleId).update((previous) => ({
        spec: options.spec,
        action: options.action,
        policies: options.policies,
        state: { paused: previous.state.paused, note: previous.state.note, remainingActions: previous.state.remainingActions },
      }));
    }
  }
}
