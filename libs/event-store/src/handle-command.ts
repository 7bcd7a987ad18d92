import { randomUUID } from 'node:crypto';
import { StreamVersionConflict } from './errors';
import type { EventStore } from './event-store';
import type { AppendResult } from './types';

/** A stream's event as a decider sees it: its type and data. */
export interface DecidedEvent {
  type: string;
  data: object;
}

/** A pure decider (libs/domain): what a command makes true given the stream's state, and how an event changes it. */
export interface Decider<State, Command, Event extends DecidedEvent> {
  decide(command: Command, state: State, now: Date): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface HandleOptions {
  /** Recorded on every event the command produces (who, role, request, reason: see the API's commandMetadata). */
  metadata: Record<string, unknown>;
  /** Defaults to the system clock. */
  now?: () => Date;
  /** How often to read, decide and append again after losing a race to another writer of the stream (default 3). */
  attempts?: number;
}

export interface HandleResult<State> {
  /** The stream's state after the command. */
  state: State;
  /** The stream's version after the command (unchanged when the decider recorded nothing). */
  version: number;
  appended: AppendResult['events'];
}

/**
 * The one write path for streams that have no workflow (plans, calendar years), as in emmett's `handle`: read the
 * stream, fold it, decide, append at the version read. A rival append in between makes the append fail with a
 * StreamVersionConflict; the command is then decided again on the new state, up to `attempts` times. The decider's
 * refusal (it throws) passes through untouched. Inline projections commit with the events (createEventStore).
 */
export async function handleCommand<State, Command, Event extends DecidedEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  { metadata, now = () => new Date(), attempts = 3 }: HandleOptions,
): Promise<HandleResult<State>> {
  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(streamId);
    const version = recorded.at(-1)?.streamVersion ?? 0;
    const state = recorded.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as unknown as Event), decider.initialState());
    const events = decider.decide(command, state, now());
    if (events.length === 0) return { state, version, appended: [] };
    try {
      const result = await store.append(
        streamId,
        version,
        events.map((event) => ({ eventId: randomUUID(), type: event.type, data: { ...event.data }, metadata })),
      );
      return { state: events.reduce(decider.evolve, state), version: result.nextExpectedVersion, appended: result.events };
    } catch (error) {
      if (!(error instanceof StreamVersionConflict) || attempt >= attempts) throw error;
    }
  }
}
