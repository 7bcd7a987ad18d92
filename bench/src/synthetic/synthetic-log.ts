import { itemStreamId } from '@closeloop/read-models';
import { DocumentNumbers } from './document-numbers';
import { ItemSimulation } from './item-simulation';
import { PlanTimeline } from './plan-timeline';
import { type ReplicaIdentity, restamp } from './replica';
import { type CalendarFor, itemIdentity, itemSpec, itemsPerPlan, planSpecs, simulationEnd } from './specs';
import type { SyntheticAppend, Timeline } from './timeline';

/**
 * The log of `itemCount` items and their plans (of `perPlan` items each, the last one the rest) over the simulated
 * year, append by append in time order: every item's events interleave with everyone else's, as they do in
 * production. Item k of each sibling plan of a round lives the life simulated for item k of the round's first plan
 * (see restamp).
 */
export function* syntheticLog(
  itemCount: number,
  calendarFor: CalendarFor,
  siblingsPerRound: number,
  perPlan = itemsPerPlan,
): Generator<SyntheticAppend> {
  const plans = planSpecs(itemCount, siblingsPerRound, perPlan);
  const documentNumbers = new DocumentNumbers();
  const timelines: Timeline[] = plans.map((plan) => new PlanTimeline(plan));
  for (let first = 0; first < plans.length; first += siblingsPerRound) {
    for (let code = 0; code < perPlan; code++) {
      const base = first * perPlan + code;
      if (base >= itemCount) break;
      const replicas: ReplicaIdentity[] = [];
      for (let plan = first; plan < Math.min(first + siblingsPerRound, plans.length); plan++) {
        const index = plan * perPlan + code;
        if (index < itemCount) replicas.push(replicaOf(itemIdentity(index, plans, perPlan)));
      }
      const simulation = new ItemSimulation(itemSpec(base, plans, calendarFor, perPlan), simulationEnd, documentNumbers);
      timelines.push(new ReplicatedItem(simulation, replicas, documentNumbers));
    }
  }
  const queue = new TimelineQueue();
  timelines.forEach((timeline, order) => queue.push(timeline, order));
  for (let next = queue.pop(); next; next = queue.pop()) {
    const appends = next.timeline.step();
    queue.push(next.timeline, next.order);
    yield* appends;
  }
}

export const replicaOf = (identity: { itemId: string; planCode: string; code?: string }): ReplicaIdentity => ({
  ...identity,
  streamId: itemStreamId(identity.itemId),
});

/** One simulated life, recorded once per replica. */
class ReplicatedItem implements Timeline {
  constructor(
    private readonly simulation: ItemSimulation,
    private readonly replicas: ReplicaIdentity[],
    private readonly documentNumbers: DocumentNumbers,
  ) {}

  nextAt(): number | undefined {
    return this.simulation.nextAt();
  }

  step(): SyntheticAppend[] {
    const append = this.simulation.step();
    if (!append) return [];
    return this.replicas.map((replica) =>
      replica.itemId === this.simulation.spec.itemId ? append : restamp(append, replica, this.documentNumbers),
    );
  }
}

interface Entry {
  at: number;
  order: number;
  timeline: Timeline;
}

/** A binary min-heap of timelines by their next step (ties by creation order, so the log is reproducible). */
class TimelineQueue {
  private readonly heap: Entry[] = [];

  push(timeline: Timeline, order: number): void {
    const at = timeline.nextAt();
    if (at === undefined) return;
    const heap = this.heap;
    heap.push({ at, order, timeline });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap.length && before(heap[right], heap[smallest])) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
        i = smallest;
      }
    }
    return top;
  }
}

const before = (a: Entry, b: Entry) => a.at < b.at || (a.at === b.at && a.order < b.order);
