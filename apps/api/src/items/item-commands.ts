import {
  COMMAND_REFUSED,
  type CommandAccepted,
  type CommandOptions,
  type ExternalCommandType,
  type ItemWorkflowInput,
  type RefusalDetails,
  itemUpdates,
  itemWorkflowId,
  itemWorkflowType,
} from '@closeloop/contracts';
import type { FileItem, ItemCommand } from '@closeloop/domain';
import {
  ApplicationFailure,
  type Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { CommandObserver } from '../metrics/metrics';
import { ProblemException } from '../common/problem/problem.exception';

/** Sends commands to item workflows and turns the decider's refusals into problem responses. */
export class ItemCommands {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly observe: CommandObserver = () => {},
  ) {}

  /** Update-with-start keyed by the item's stable workflow id: retries never start a twin. */
  async file(command: FileItem): Promise<CommandAccepted> {
    const { itemId } = command.data;
    const startWorkflowOperation = new WithStartWorkflowOperation(itemWorkflowType, {
      workflowId: itemWorkflowId(itemId),
      taskQueue: this.taskQueue,
      args: [{ itemId } satisfies ItemWorkflowInput],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A finished item's workflow is never started afresh (it would have forgotten the item).
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    return observed('FileItem', this.observe, () =>
      refusalsAsProblems(() =>
        this.client.workflow.executeUpdateWithStart(itemUpdates.FileItem, {
          args: [command],
          startWorkflowOperation,
          updateId: command.metadata.commandId,
        }),
      ),
    );
  }

  /**
   * Any later command, as the Update of the same name on the item's running workflow. The Update's id is the
   * command's id: a retry of a request whose command already ran (its answer lost to a crash) gets that outcome
   * from Temporal instead of running the command a second time.
   */
  async send(itemId: string, command: ItemCommand & { type: Exclude<ExternalCommandType, 'FileItem'> }, options: CommandOptions = {}) {
    const handle = this.client.workflow.getHandle(itemWorkflowId(itemId));
    const update = itemUpdates[command.type] as (typeof itemUpdates)['AcknowledgeItem'];
    return observed(command.type, this.observe, () =>
      refusalsAsProblems(() => handle.executeUpdate(update, { args: [command as never, options], updateId: command.metadata.commandId })),
    );
  }
}

/** Counts the command by outcome: accepted, refused:<kind>, or error. */
async function observed<T>(command: string, observe: CommandObserver, send: () => Promise<T>): Promise<T> {
  try {
    const result = await send();
    observe(command, 'accepted');
    return result;
  } catch (error) {
    observe(command, error instanceof ProblemException ? `refused:${refusalKind(error.problem.status)}` : 'error');
    throw error;
  }
}

const refusalKind = (status: number): string =>
  ({ 403: 'forbidden', 409: 'conflict', 412: 'precondition', 422: 'invalid' })[status] ?? String(status);

async function refusalsAsProblems<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const failure = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (failure instanceof ApplicationFailure && failure.type === COMMAND_REFUSED) {
      const { kind, code } = failure.details?.[0] as RefusalDetails;
      throw ProblemException.refused(kind, code, failure.message);
    }
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      throw ProblemException.of('already-filed', 'this item was filed and its life has ended');
    }
    if (error instanceof WorkflowNotFoundError) {
      throw ProblemException.of('item-finished', 'the item is consolidated: its life has ended');
    }
    throw error;
  }
}
