import {
  COMMAND_REFUSED,
  type CommandAccepted,
  type ItemActivities,
  type ItemWorkflowInput,
  type RefusalDetails,
  fileItemUpdate,
} from '@closeloop/contracts';
import { CommandRefused, type ItemCommand, type ItemEvent, decide, fold, initialState } from '@closeloop/domain';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { Mutex } from 'async-mutex';

const { appendItemEvents } = proxyActivities<ItemActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['StreamVersionConflict'] },
});

/** One workflow per item: decides each command with the pure decider and appends the events. */
export async function itemWorkflow(input: ItemWorkflowInput): Promise<void> {
  const { itemId } = input;
  let state = input.state ?? initialState();
  let version = input.version ?? 0;
  // Commands are decided one at a time against the state the previous one left.
  const lock = new Mutex();

  const execute = (command: ItemCommand) =>
    lock.runExclusive(async (): Promise<CommandAccepted> => {
      const events = decideOrRefuse(command, state);
      const { version: next } = await appendItemEvents({
        itemId,
        expectedVersion: version,
        events: events.map((event) => ({
          eventId: uuid4(),
          type: event.type,
          data: { ...event.data },
          metadata: { ...command.metadata },
        })),
      });
      state = fold(state, events);
      version = next;
      return { itemId, version };
    });

  setHandler(fileItemUpdate, execute, { validator: (command) => void decideOrRefuse(command, state) });

  await condition(() => workflowInfo().continueAsNewSuggested && allHandlersFinished());
  await continueAsNew<typeof itemWorkflow>({ itemId, state, version });
}

function decideOrRefuse(command: ItemCommand, state: ReturnType<typeof initialState>): ItemEvent[] {
  try {
    return decide(command, state, new Date());
  } catch (error) {
    if (!(error instanceof CommandRefused)) throw error;
    const details: RefusalDetails = { kind: error.kind, code: error.code };
    throw ApplicationFailure.create({ type: COMMAND_REFUSED, message: error.message, details: [details], nonRetryable: true });
  }
}
