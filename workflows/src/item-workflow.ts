import {
  COMMAND_REFUSED,
  type CommandAccepted,
  type CommandOptions,
  type ItemActivities,
  type ItemWorkflowInput,
  type RefusalDetails,
  itemUpdates,
} from '@closeloop/contracts';
import {
  CommandRefused,
  type ItemCommand,
  documentSeriesOf,
  type ItemEvent,
  type ItemState,
  SYSTEM_ACTOR,
  decide,
  eventMetadataOf,
  fold,
  initialState,
  isFiled,
  nextWakeUp,
} from '@closeloop/domain';
import {
  type ActivityOptions,
  ApplicationFailure,
  type LocalActivityOptions,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { Mutex } from 'async-mutex';

const activityOptions: ActivityOptions & LocalActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['StreamVersionConflict'] },
};
const { appendItemEvents: appendAsActivityTask, allocateDocumentNumber } = proxyActivities<ItemActivities>(activityOptions);
const { appendItemEvents: appendAsLocalActivity } = proxyLocalActivities<ItemActivities>(activityOptions);

/**
 * The append runs as a local activity: inside the workflow task that decided the command, so a command costs one
 * workflow task instead of a workflow task, an activity task and a second workflow task. Retrying it is safe: the
 * event ids come from the workflow's deterministic random, and the store takes a repeated append as already done.
 * Executions recorded before this change replay their appends as activity tasks (docs/workflow-changes.md).
 */
const appendItemEvents: ItemActivities['appendItemEvents'] = (input) =>
  patched('append-as-local-activity') ? appendAsLocalActivity(input) : appendAsActivityTask(input);

/**
 * One workflow per item: decides each command with the pure decider, appends the events, and sleeps
 * until the next time-driven fact (deadline, notice end, revisit) that `nextWakeUp` computes.
 */
export async function itemWorkflow(input: ItemWorkflowInput): Promise<void> {
  const { itemId } = input;
  let state: ItemState = input.state ?? initialState();
  let version = input.version ?? 0;
  // Commands are decided one at a time against the state the previous one left.
  const lock = new Mutex();

  const execute = (command: ItemCommand, options: CommandOptions = {}) =>
    lock.runExclusive(async (): Promise<CommandAccepted> => {
      const events = decideOrRefuse(command, state, version, options);
      if (events.length === 0) return { itemId, version, events: 0 };
      const metadata = eventMetadataOf(command.metadata);
      const toAppend = await Promise.all(
        events.map(async (event) => {
          const eventId = uuid4();
          return { eventId, type: event.type, data: { ...event.data, ...(await documentNumberFor(event, eventId)) }, metadata };
        }),
      );
      const { version: next } = await appendItemEvents({ itemId, expectedVersion: version, events: toAppend });
      state = fold(state, toAppend as unknown as ItemEvent[]);
      version = next;
      return { itemId, version, events: events.length };
    });

  for (const [type, definition] of Object.entries(itemUpdates)) {
    setHandler(definition, (command: ItemCommand, options?: CommandOptions) => execute(command, options), {
      validator: (command: ItemCommand, options?: CommandOptions) => {
        if (command?.type !== type) throw ApplicationFailure.nonRetryable(`update ${type} carries a ${command?.type} command`);
        decideOrRefuse(command, state, version, options ?? {});
      },
    });
  }

  const timeToContinueAsNew = () => workflowInfo().continueAsNewSuggested && allHandlersFinished();
  for (;;) {
    const wakeUp = isFiled(state) ? nextWakeUp(state, new Date()) : undefined;
    const seen = version;
    const woken = !(await condition(
      () => version !== seen || timeToContinueAsNew() || isFinished(state),
      wakeUp ? Math.max(wakeUp.getTime() - Date.now(), 1) : undefined,
    ));
    if (woken) await execute(timeFacts());
    if (isFinished(state) && allHandlersFinished()) return;
    if (timeToContinueAsNew()) await continueAsNew<typeof itemWorkflow>({ itemId, state, version });
  }
}

/** Supervision orders and summons get the next number of their series (督办〔2026〕17号). */
async function documentNumberFor(event: ItemEvent, eventId: string): Promise<{ documentNumber?: string }> {
  const series = documentSeriesOf(event);
  if (!series) return {};
  return { documentNumber: await allocateDocumentNumber({ eventId, ...series }) };
}

/** Consolidated after its last revisit: nothing can happen to the item any more. */
const isFinished = (state: ItemState) => state.status === 'consolidated';

const timeFacts = (): ItemCommand => ({
  type: 'RecordTimeFacts',
  data: {},
  metadata: { commandId: uuid4(), actorId: SYSTEM_ACTOR, role: SYSTEM_ACTOR, scope: 'all' },
});

function decideOrRefuse(command: ItemCommand, state: ItemState, version: number, options: CommandOptions): ItemEvent[] {
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw refusal('precondition', 'version-mismatch', `the item is at version ${version}, not ${options.expectedVersion}`);
  }
  try {
    return decide(command, state, new Date());
  } catch (error) {
    if (!(error instanceof CommandRefused)) throw error;
    throw refusal(error.kind, error.code, error.message);
  }
}

function refusal(kind: RefusalDetails['kind'], code: string, message: string): ApplicationFailure {
  const details: RefusalDetails = { kind, code };
  return ApplicationFailure.create({ type: COMMAND_REFUSED, message, details: [details], nonRetryable: true });
}
