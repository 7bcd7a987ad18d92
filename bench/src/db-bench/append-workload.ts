import { DocumentNumbers } from '../synthetic/document-numbers';
import { ItemSimulation } from '../synthetic/item-simulation';
import { restamp } from '../synthetic/replica';
import { type CalendarFor, type PlanSpec, itemSpec, simulationEnd } from '../synthetic/specs';
import { replicaOf } from '../synthetic/synthetic-log';
import { stableUuid } from '../synthetic/organisation';
import type { SyntheticAppend } from '../synthetic/timeline';

/** Items' lives as their workflows append them: one list of appends per item, in order. */
export interface AppendWorkload {
  items: SyntheticAppend[][];
  events: number;
  appends: number;
}

/**
 * `distinctLives` lives of a plan's items simulated for a year with the real decider, each then lived by as many
 * new items of the plan (fresh ids and codes) as it takes to reach `events` events.
 */
export function appendWorkload({
  plan,
  calendarFor,
  distinctLives,
  events,
}: {
  plan: PlanSpec;
  calendarFor: CalendarFor;
  distinctLives: number;
  events: number;
}): AppendWorkload {
  const documentNumbers = new DocumentNumbers();
  const lives = Array.from({ length: distinctLives }, (_, i) => {
    const simulation = new ItemSimulation(itemSpec(i, [plan], calendarFor), simulationEnd, documentNumbers);
    const appends: SyntheticAppend[] = [];
    while (simulation.nextAt() !== undefined) appends.push(...[simulation.step()].filter((a): a is SyntheticAppend => a !== undefined));
    return appends;
  });
  const workload: AppendWorkload = { items: [], events: 0, appends: 0 };
  for (let k = 0; workload.events < events; k++) {
    const replica = replicaOf({ itemId: stableUuid(`append-item:${k}`), planCode: plan.planId, code: `A${k + 1}` });
    const life = lives[k % lives.length].map((append) => restamp(append, replica, documentNumbers));
    workload.items.push(life);
    workload.appends += life.length;
    workload.events += life.reduce((n, a) => n + a.events.length, 0);
  }
  return workload;
}

/** The items dealt round-robin to `writers` writers, each writing its items' appends in order: no two share a stream. */
export function dealToWriters(workload: AppendWorkload, writers: number): SyntheticAppend[][] {
  const lists: SyntheticAppend[][] = Array.from({ length: writers }, () => []);
  workload.items.forEach((life, k) => lists[k % writers].push(...life));
  return lists;
}
