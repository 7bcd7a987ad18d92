import { type CommandMetadata, CommandRefused, eventMetadataOf } from '@closeloop/domain';
import { type DecidedEvent, type Decider, type EventStore, type HandleResult, handleCommand } from '@closeloop/event-store';
import { ProblemException } from '../problem/problem.exception';
import type { ProblemSlug } from '../problem/problem-types';

/** Refusal codes answered as a problem type of the table; any other code as the decider's own (by its kind). */
export type RefusalProblems = Record<string, ProblemSlug>;

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
    const slug = problems[error.code];
    const errors = error.errors.length > 0 ? [...error.errors] : undefined;
    throw slug ? ProblemException.of(slug, error.message, errors) : ProblemException.refused(error.kind, error.code, error.message, errors);
  }
}
