import {
  type CalendarReplanInput,
  type CalendarReplanProgress,
  calendarReplanProgressQuery,
  calendarReplanWorkflowId,
  calendarReplanWorkflowType,
} from '@closeloop/contracts';
import type { CommandMetadata } from '@closeloop/domain';
import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_CONFIG, type ApiConfig, TEMPORAL_CLIENT } from '../common/tokens';

export type CalendarReplan = CalendarReplanProgress & { workflowId: string };

/**
 * Re-planning after a calendar change is a workflow (calendarReplanWorkflow) that sends each open item its new
 * calendar with retries; the API starts it and reads its progress. One per change: keyed by the year and the
 * version of its `calendar-<year>` stream, so a retried start finds the running one.
 */
@Injectable()
export class CalendarReplans {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Starts the re-plan of a change and waits up to `waitMs` for it to end: its progress when it ended or at the deadline. */
  async start(
    year: number,
    calendarVersion: number,
    metadata: Omit<CommandMetadata, 'commandId'>,
    waitMs: number,
  ): Promise<CalendarReplan> {
    const workflowId = calendarReplanWorkflowId(year, calendarVersion);
    const handle = await this.client.workflow.start(calendarReplanWorkflowType, {
      workflowId,
      taskQueue: this.config.taskQueue,
      args: [{ year, calendarVersion, metadata } satisfies CalendarReplanInput],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    const ended = await Promise.race([handle.result() as Promise<CalendarReplanProgress>, sleep(waitMs, undefined)]);
    return { workflowId, ...(ended ?? (await this.progress(year, calendarVersion))!) };
  }

  /** The progress of a change's re-plan; undefined when there is none (any more). */
  async progress(year: number, calendarVersion: number): Promise<CalendarReplan | undefined> {
    const workflowId = calendarReplanWorkflowId(year, calendarVersion);
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      const { status } = await handle.describe();
      const progress =
        status.name === 'COMPLETED' ? ((await handle.result()) as CalendarReplanProgress) : await handle.query(calendarReplanProgressQuery);
      return { workflowId, ...progress };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }
}
