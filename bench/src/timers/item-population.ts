import type { Database } from '@closeloop/db';
import { itemWorkflowId } from '@closeloop/contracts';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { forEachConcurrently } from './concurrently';
import { type FilingTemplate, fileByUpdateWithStart, fileItemCommands } from './item-filing';
import { fileAsContinuedWorkflow, workerEventStore } from './item-seeding';
import { hasArmedTimer, workflowTaskBacklog } from './workflow-task-backlog';

export interface PopulationOptions {
  client: Client;
  db: Kysely<Database>;
  taskQueue: string;
  template: FilingTemplate;
  itemIds: string[];
  /** How many of them (the first) to file by update-with-start, as the API does; the rest as continued workflows. */
  byUpdateWithStart: number;
  inFlight: number;
  /** Armed timers must be in place before this instant. */
  dueAt: Date;
  log(message: string): void;
}

export interface Population {
  byUpdateWithStart: number;
  updateWithStartPerSecond: number;
  continuedPerSecond: number;
  /** The continued ones, from the first of them filed until the server's backlog was empty and the sample armed. */
  continuedArmedPerSecond: number;
  /** From the first filing until the sampled workflows had armed their timers. */
  seconds: number;
  armedAheadSeconds: number;
  /** Of a sample of the items, how many workflows had not armed their timer when it fell due (0 unless filing overran). */
  unarmedInSample: { unarmed: number; sampled: number };
}

const ARMED_SAMPLE = 100;

/**
 * Files every item and waits until their workflows sleep on their timers: a sample through update-with-start (the
 * API's path, whose rate is reported), the rest by deciding FileItem, appending with the worker's projections and
 * starting the workflow with the filed state (fileAsContinuedWorkflow) — many times faster on this machine.
 */
export async function populateItems(options: PopulationOptions): Promise<Population> {
  const { client, taskQueue, itemIds, log } = options;
  const commandFor = await fileItemCommands(options.db, options.template);
  const eventStore = workerEventStore(options.db);
  const started = Date.now();
  const sample = Math.min(options.byUpdateWithStart, itemIds.length);
  await forEachConcurrently(sample, options.inFlight, (i) => fileByUpdateWithStart(client, taskQueue, commandFor(itemIds[i], i + 1)));
  const sampled = Date.now();
  const rest = itemIds.length - sample;
  const step = Math.max(100, Math.round(rest / 5));
  let filed = 0;
  await forEachConcurrently(rest, options.inFlight, async (i) => {
    await fileAsContinuedWorkflow(client, taskQueue, eventStore, commandFor(itemIds[sample + i], sample + i + 1));
    if (++filed % step === 0)
      log(`ours: ${filed} of ${rest} filed as continued workflows, ${Math.round((filed * 1000) / (Date.now() - sampled))}/s`);
  });
  const filedAt = Date.now();
  const unarmedInSample = await waitForArmedTimers(options);
  const armedAt = Date.now();
  return {
    byUpdateWithStart: sample,
    updateWithStartPerSecond: (sample * 1000) / Math.max(sampled - started, 1),
    continuedPerSecond: (rest * 1000) / Math.max(filedAt - sampled, 1),
    continuedArmedPerSecond: (rest * 1000) / Math.max(armedAt - sampled, 1),
    seconds: (armedAt - started) / 1000,
    armedAheadSeconds: (options.dueAt.getTime() - armedAt) / 1000,
    unarmedInSample,
  };
}

/**
 * Until the server has no workflow task waiting on the queue and a sample (the last filed, and random ones) sleep on a
 * timer, or the due instant comes; returns how many of the sample had not armed their timer by then.
 */
async function waitForArmedTimers({
  client,
  taskQueue,
  itemIds,
  dueAt,
  log,
}: PopulationOptions): Promise<{ unarmed: number; sampled: number }> {
  while ((await workflowTaskBacklog(client, taskQueue)) > 0 && Date.now() < dueAt.getTime()) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const sample = [
    ...itemIds.slice(-ARMED_SAMPLE / 2),
    ...Array.from({ length: ARMED_SAMPLE / 2 }, () => itemIds[Math.floor(Math.random() * itemIds.length)]),
  ];
  for (;;) {
    const armed = await Promise.all(sample.map((id) => hasArmedTimer(client, itemWorkflowId(id))));
    const missing = armed.filter((a) => !a).length;
    if (missing === 0 || Date.now() >= dueAt.getTime()) return { unarmed: missing, sampled: sample.length };
    log(`ours: ${missing} of ${sample.length} sampled item workflows not yet sleeping on their timer`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
