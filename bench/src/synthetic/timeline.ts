import type { EventToAppend } from '@closeloop/event-store';

/** One append the workflow (or the plans endpoint) would make: these events, on this stream, at this instant. */
export interface SyntheticAppend {
  streamId: string;
  expectedVersion: number;
  at: Date;
  events: EventToAppend[];
}

/** A stream's future (or a few streams' that live the same life): when it next does something, and doing it. */
export interface Timeline {
  /** Epoch ms of the next step, or undefined when nothing more happens before the simulation ends. */
  nextAt(): number | undefined;
  /** What the step recorded: nothing, one append, or one per stream that shares this timeline. */
  step(): SyntheticAppend[];
}
