import {
  COMMAND_REFUSED,
  type CommandAccepted,
  type ItemWorkflowInput,
  type RefusalDetails,
  fileItemUpdate,
  itemWorkflowId,
  itemWorkflowType,
} from '@closeloop/contracts';
import type { FileItem } from '@closeloop/domain';
import { ApplicationFailure, type Client, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ProblemException } from '../problem/problem.exception';

const statusOfRefusal: Record<RefusalDetails['kind'], number> = { forbidden: 403, conflict: 409, invalid: 422 };

/** Sends commands to item workflows and turns the decider's refusals into problem responses. */
export class ItemCommands {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
  ) {}

  /** Update-with-start keyed by the item's stable workflow id: retries never start a twin. */
  async file(command: FileItem): Promise<CommandAccepted> {
    const { itemId } = command.data;
    const startWorkflowOperation = new WithStartWorkflowOperation(itemWorkflowType, {
      workflowId: itemWorkflowId(itemId),
      taskQueue: this.taskQueue,
      args: [{ itemId } satisfies ItemWorkflowInput],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return refusalsAsProblems(() =>
      this.client.workflow.executeUpdateWithStart(fileItemUpdate, { args: [command], startWorkflowOperation }),
    );
  }
}

async function refusalsAsProblems<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const failure = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (failure instanceof ApplicationFailure && failure.type === COMMAND_REFUSED) {
      const { kind, code } = failure.details?.[0] as RefusalDetails;
      throw ProblemException.of(statusOfRefusal[kind], code, 'Command refused', failure.message);
    }
    throw error;
  }
}
