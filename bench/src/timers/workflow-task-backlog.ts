import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/** The server's estimate of workflow tasks waiting on a task queue (the normal queue, not a worker's sticky one). */
export async function workflowTaskBacklog(client: Client, taskQueue: string): Promise<number> {
  const { stats } = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    reportStats: true,
  });
  return Number(stats?.approximateBacklogCount ?? 0);
}

/** Whether a workflow has run its first task and armed a timer (a TimerStarted in its history). */
export async function hasArmedTimer(client: Client, workflowId: string): Promise<boolean> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).some((event) => event.timerStartedEventAttributes);
}
