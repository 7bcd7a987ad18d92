import { loadCalendarData } from '@closeloop/calendar';
import { itemWorkflowId } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { dateOf } from '@closeloop/domain';
import type { Client } from '@temporalio/client';
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { BenchServices } from '../stack/bench-services';
import { type CloseloopProcesses, residentMiB, startCloseloop } from '../stack/closeloop-processes';
import { type CpuUse, type WatchedProcess, cpuSnapshot, cpuUseBetween } from './cpu-snapshot';
import { type Population, populateItems } from './item-population';
import { sampleResidentMemory } from './memory-sampler';
import { parentPid } from '../stack/process-usage';
import { dueInstantAfter, waitWhileProgressing } from './arm-margin';
import type { FilingTemplate } from './item-filing';
import { issueReminderPlan, setUpOrganisation } from './reminder-organisation';
import { reminderPlanFor } from './reminder-plan';
import { deadlineReminderDueInstants, followDeadlineReminders, reminderNotificationsByItem } from './reminder-records';
import { type WorkflowTaskRetries, workflowTaskRetries } from './workflow-task-retries';
import { type FiredTimer, type TimerOutcome, summarizeOutcome } from './timer-outcome';

export interface ItemRemindersOptions {
  services: BenchServices;
  client: Client;
  count: number;
  /** Give up waiting this long after the due instant (and sooner once no reminder has come for 30 s). */
  waitAfterDueMs: number;
  /** Items filed by update-with-start (the API's path); the rest as continued workflows. */
  byUpdateWithStart: number;
  filingInFlight: number;
  log(message: string): void;
}

export interface ItemRemindersResult {
  outcome: TimerOutcome;
  dueAt: Date;
  population: Population;
  /** Resident MiB of the worker process: started and idle, with every item open just before the due instant, and the peak after it. */
  memory: { idleMiB?: number; beforeMiB?: number; peakMiB?: number };
  /** Items whose inbox got no reminder notification, or more than one. */
  inbox: { missing: number; duplicated: number };
  /** Items whose due instant (as the decider computes it) is not the planned one. */
  dueElsewhere: number;
  /** Seconds from the due instant until the last reminder was recorded. */
  drainSeconds: number;
  /** CPU over the burst, from the due instant until the last one was recorded. */
  cpu: CpuUse;
  retries: WorkflowTaskRetries;
}

/** A batch filed first, on a plan of its own whose reminders fall due a day later, to time the filing. */
const CALIBRATION = { items: 1000, byUpdateWithStart: 20 };

/**
 * Ours: a fresh database, the built worker and API, a plan whose deadline reminder falls due at one instant a few
 * minutes ahead, `count` items filed on it, then the log followed until every item's ReminderDue is recorded.
 */
export async function runItemReminders(options: ItemRemindersOptions): Promise<ItemRemindersResult> {
  const { services, client, count, log } = options;
  const database = await services.freshDatabase('bench_timers');
  try {
    const db = database.db;
    const taskQueue = `bench-timers-${Date.now()}`;
    const closeloop = await startCloseloop({ databaseUrl: database.url, temporalAddress: services.temporalAddress, taskQueue });
    const memory = sampleResidentMemory(closeloop.worker.pid);
    const itemIds = Array.from({ length: count }, () => randomUUID());
    const calibrationIds = Array.from({ length: CALIBRATION.items }, () => randomUUID());
    try {
      const idleMiB = residentMiB(closeloop.worker.pid);
      const year = Number(dateOf(new Date()).slice(0, 4));
      const calendar = await loadCalendarData(db, year, year + 2);
      const admin = await db.selectFrom('principals').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
      await setUpOrganisation(closeloop);
      const populate = (template: FilingTemplate, ids: string[], byUpdateWithStart: number, dueAt: Date) =>
        populateItems({ client, db, taskQueue, template, itemIds: ids, byUpdateWithStart, inFlight: options.filingInFlight, dueAt, log });

      // How fast this machine files and arms items now, on a plan whose reminders fall due a day later.
      const farAhead = new Date(Math.ceil(Date.now() / 1000) * 1000 + 86_400_000);
      const calibrationPlan = await issueReminderPlan(closeloop, 'TIMERS-CALIBRATION', reminderPlanFor(farAhead, calendar), admin.id);
      const calibration = await populate(calibrationPlan, calibrationIds, CALIBRATION.byUpdateWithStart, farAhead);
      const byUpdateWithStart = Math.min(options.byUpdateWithStart, count);
      const dueAt = dueInstantAfter(
        byUpdateWithStart / calibration.updateWithStartPerSecond + (count - byUpdateWithStart) / calibration.continuedArmedPerSecond,
        1.1,
      );

      const plan = reminderPlanFor(dueAt, calendar);
      const template = await issueReminderPlan(closeloop, 'TIMERS', plan, admin.id);
      log(
        `ours: filing ${count} items (deadline ${plan.deadline}, remindBeforeDeadline ${plan.policy.remindBeforeDeadline}) due at ` +
          `${dueAt.toISOString()} (calibrated: update-with-start ${calibration.updateWithStartPerSecond.toFixed(0)}/s, ` +
          `continued ${calibration.continuedPerSecond.toFixed(0)}/s)`,
      );
      const population = await populate(template, itemIds, byUpdateWithStart, dueAt);
      log(
        `ours: ${count} filed and armed in ${population.seconds.toFixed(0)} s (update-with-start ${population.updateWithStartPerSecond.toFixed(0)}/s, ` +
          `continued ${population.continuedPerSecond.toFixed(0)}/s), ${population.armedAheadSeconds.toFixed(0)} s before due`,
      );

      const watched = await watchedProcesses(services, closeloop, db);
      const reminders = followDeadlineReminders(db);
      await sleepUntil(dueAt.getTime() - 1000);
      const beforeMiB = memory.peakSince(Date.now() - 1000);
      const cpuBefore = cpuSnapshot(watched);
      await waitWhileProgressing(
        () => reminders.poll().then(() => reminders.byItem.size),
        count,
        dueAt.getTime() + options.waitAfterDueMs,
        30_000,
        1000,
      );
      const cpu = cpuUseBetween(cpuBefore, cpuSnapshot(watched), (Date.now() - dueAt.getTime() + 1000) / 1000, count);
      const peakMiB = memory.peakSince(dueAt.getTime());
      log(`ours: ${reminders.byItem.size} of ${count} reminders recorded; CPU over the burst: ${cpu.text}`);

      // Leave time for a duplicate to show up, then read the whole log afresh.
      await sleepUntil(Date.now() + 3000);
      const recorded = followDeadlineReminders(db);
      await recorded.poll();
      const due = await deadlineReminderDueInstants(db);
      const inbox = await reminderNotificationsByItem(db);
      const fired: FiredTimer[] = [];
      for (const itemId of itemIds) {
        const reminder = recorded.byItem.get(itemId);
        const dueMs = due.get(itemId);
        if (!reminder || dueMs === undefined) continue;
        fired.push({ lateMs: reminder[0].recordedAt - dueMs, wokeLateMs: reminder[0].wokeAt - dueMs, times: reminder.length });
      }
      // An item misses its reminder without the event or without the inbox row; twice with more than one of either.
      const missing = itemIds.filter((id) => !recorded.byItem.has(id) || !inbox.has(id)).length;
      const duplicated = itemIds.filter((id) => (recorded.byItem.get(id)?.length ?? 0) > 1 || (inbox.get(id) ?? 0) > 1).length;
      const lastRecorded = Math.max(...[...recorded.byItem.values()].map((r) => r[0].recordedAt));
      const retries = await workflowTaskRetries(client, itemIds.map(itemWorkflowId));
      return {
        outcome: { ...summarizeOutcome(count, fired), missing, duplicated },
        dueAt,
        population,
        memory: { idleMiB, beforeMiB, peakMiB },
        inbox: { missing: itemIds.filter((id) => !inbox.has(id)).length, duplicated: [...inbox.values()].filter((n) => n > 1).length },
        dueElsewhere: itemIds.filter((id) => due.get(id) !== dueAt.getTime()).length,
        drainSeconds: (lastRecorded - dueAt.getTime()) / 1000,
        cpu,
        retries,
      };
    } finally {
      memory.stop();
      await closeloop.stop();
    }
  } finally {
    await database.drop();
  }
}

async function watchedProcesses(services: BenchServices, closeloop: CloseloopProcesses, db: Kysely<Database>): Promise<WatchedProcess[]> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  return [
    { name: 'worker', pid: closeloop.worker.pid },
    { name: 'api', pid: closeloop.api.pid },
    { name: 'temporal dev server', pid: services.temporalPid },
    { name: 'postgres', pid: rows[0] ? parentPid(rows[0].pid) : undefined, tree: true },
    { name: 'bench', pid: process.pid },
  ];
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
