import {
  CommandRefused,
  type ItemCommand,
  type ItemEvent,
  type ItemState,
  SYSTEM_ACTOR,
  dateOf,
  decide,
  documentKindOf,
  eventMetadataOf,
  fold,
  initialState,
  isFiled,
  nextWakeUp,
} from '@closeloop/domain';
import type { EventToAppend } from '@closeloop/event-store';
import { itemStreamId } from '@closeloop/read-models';
import { randomUUID } from 'node:crypto';
import type { DocumentNumbers } from './document-numbers';
import { ItemAgent, type PlannedCommand } from './item-agent';
import type { ItemSpec } from './specs';
import type { SyntheticAppend } from './timeline';

const HOUR = 3_600_000;

/**
 * One item's workflow, run on a simulated clock: commands from its agent and the time-driven facts of its own
 * timer (`nextWakeUp`), each decided by the real decider and folded by the real `evolve`, exactly as
 * workflows/src/item-workflow.ts does, up to `until`.
 */
export class ItemSimulation {
  private state: ItemState = initialState();
  private version = 0;
  private now: number;
  private readonly done = new Set<string>();
  private readonly agent: ItemAgent;
  private planned: PlannedCommand | undefined;
  private wakeAt: number | undefined;

  constructor(
    readonly spec: ItemSpec,
    private readonly until: number,
    private readonly documentNumbers: DocumentNumbers,
  ) {
    this.agent = new ItemAgent(spec);
    this.now = spec.filedAt;
    this.planned = this.agent.next(this.state, this.now, this.done);
  }

  nextAt(): number | undefined {
    const at = Math.min(this.wakeAt ?? Infinity, this.planned?.at ?? Infinity);
    return at <= this.until ? at : undefined;
  }

  step(): SyntheticAppend | undefined {
    const at = this.nextAt();
    if (at === undefined) return undefined;
    this.now = at;
    const timer = this.wakeAt !== undefined && this.wakeAt <= (this.planned?.at ?? Infinity);
    const command = timer ? timeFacts() : this.planned!.command;
    if (!timer) this.done.add(this.planned!.key);
    const append = this.execute(command);
    this.plan(append !== undefined);
    return append;
  }

  private execute(command: ItemCommand): SyntheticAppend | undefined {
    let events: ItemEvent[];
    try {
      events = decide(command, this.state, new Date(this.now));
    } catch (error) {
      if (error instanceof CommandRefused) return undefined;
      throw error;
    }
    if (events.length === 0) return undefined;
    const metadata = eventMetadataOf(command.metadata);
    const toAppend: EventToAppend[] = events.map((event) => ({
      eventId: randomUUID(),
      type: event.type,
      data: { ...event.data, ...this.documentNumberFor(event) },
      metadata: { ...metadata },
    }));
    const append = { streamId: itemStreamId(this.spec.itemId), expectedVersion: this.version, at: new Date(this.now), events: toAppend };
    this.state = fold(this.state, toAppend as unknown as ItemEvent[]);
    this.version += toAppend.length;
    return append;
  }

  private plan(recorded: boolean): void {
    this.planned = this.agent.next(this.state, this.now, this.done);
    const wake = isFiled(this.state) ? nextWakeUp(this.state, new Date(this.now))?.getTime() : undefined;
    // The workflow sleeps at least a millisecond; a wake-up that recorded nothing never fires twice at once.
    this.wakeAt = wake === undefined ? undefined : Math.max(wake, recorded ? this.now + 1 : this.now + HOUR);
  }

  private documentNumberFor(event: ItemEvent): { documentNumber?: string } {
    const kind = documentKindOf(event);
    return kind ? { documentNumber: this.documentNumbers.next(kind, Number(dateOf(new Date(this.now)).slice(0, 4))) } : {};
  }
}

const timeFacts = (): ItemCommand => ({
  type: 'RecordTimeFacts',
  data: {},
  metadata: { commandId: randomUUID(), actorId: SYSTEM_ACTOR, role: SYSTEM_ACTOR, scope: 'all' },
});
