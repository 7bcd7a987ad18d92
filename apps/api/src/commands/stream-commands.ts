import { type CommandMetadata, CommandRefused, eventMetadataOf } from '@closeloop/domain';
import { type DecidedEvent, type Decider, type EventStore, type HandleResult, handleCommand } from '@closeloop/event-store';
import { ProblemException } from '../problem/problem.exception';

/** How a refusal is answered: by its code, else by its kind (as the item workflows' refusals are, see ItemCommands). */
export type RefusalProblems = Record<string, { status: number; slug?: string; title: string }>;

const byKind: Record<CommandRefused['kind'], number> = { forbidden: 403, conflict: 409, invalid: 422 };

/**
 * Runs a command on a stream without a workflow (a plan, a calendar year) through `handleCommand`: the decider
 * decides, the events carry the command's metadata, and a refusal becomes a problem response.
 */
export async function handleStreamCommand<State, Command extends { metadata: CommandMetadata }, Event extends DecidedEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  problems: RefusalProblems = {},
): Promise<HandleResult<State>> {
  try {
    return await handleCommand(store, streamId, decider, command, { metadata: eventMetadataOf(command.metadata) });
  } catch (error) {
    if (!(error instanceof CommandRefused)) throw error;
    const problem = problems[error.code] ?? { status: byKind[error.kind], title: 'Command refused' };
    throw ProblemException.of(problem.status, problem.slug ?? error.code, problem.title, error.message, error.errors.length > 0 ? [...error.errors] : undefined);
  }
}
