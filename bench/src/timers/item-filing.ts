import { loadCalendarData } from '@closeloop/calendar';
import { type ItemWorkflowInput, itemUpdates, itemWorkflowId, itemWorkflowType } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { type FileItem, type PlanPolicy, dateOf, resolvePolicy } from '@closeloop/domain';
import { findPlan } from '@closeloop/read-models';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

export interface FilingTemplate {
  planCode: string;
  deadline: string;
  responsibleUnitId: string;
  supervisingUnitId: string;
  /** The admin principal the commands are filed as. */
  actorId: string;
}

/**
 * FileItem commands as `POST /v1/items` builds them (apps/api ItemFiling): the plan's policy resolved for the item's
 * kind and the calendar of the years its timers can touch (loaded once: every item has the same deadline).
 */
export async function fileItemCommands(db: Kysely<Database>, template: FilingTemplate): Promise<(itemId: string, n: number) => FileItem> {
  const plan = await findPlan(db, template.planCode);
  if (!plan) throw new Error(`plan ${template.planCode} does not exist`);
  const { from, to } = calendarYearsFor(template.deadline);
  const calendar = await loadCalendarData(db, from, to);
  const policy = resolvePolicy(plan.policy as PlanPolicy, 'time_bound');
  return (itemId, n) => ({
    type: 'FileItem',
    data: {
      itemId,
      planCode: template.planCode,
      code: String(n),
      title: `定时提醒基准 ${n}`,
      finding: '基准测试整改问题',
      target: '按期完成整改',
      measures: [],
      kind: 'time_bound',
      deadline: template.deadline,
      milestones: [],
      responsibleUnitId: template.responsibleUnitId,
      cooperatingUnitIds: [],
      supervisingUnitId: template.supervisingUnitId,
      policy,
      calendar,
    },
    metadata: { commandId: randomUUID(), actorId: template.actorId, role: 'admin', scope: 'all', requestId: `bench-timers-${n}` },
  });
}

/** As apps/api ItemCommands.file: update-with-start keyed by the item's workflow id; returns once FileItem is recorded. */
export async function fileByUpdateWithStart(client: Client, taskQueue: string, command: FileItem): Promise<void> {
  const { itemId } = command.data;
  const startWorkflowOperation = new WithStartWorkflowOperation(itemWorkflowType, {
    workflowId: itemWorkflowId(itemId),
    taskQueue,
    args: [{ itemId } satisfies ItemWorkflowInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  await client.workflow.executeUpdateWithStart(itemUpdates.FileItem, { args: [command], startWorkflowOperation });
}

/** As apps/api calendarYearsFor: from this year (Asia/Shanghai) to a year past the deadline. */
function calendarYearsFor(deadline: string): { from: number; to: number } {
  const from = Number(dateOf(new Date()).slice(0, 4));
  return { from, to: Math.max(from, Number(deadline.slice(0, 4))) + 1 };
}
