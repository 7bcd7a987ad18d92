import type { Figure } from '../figure';
import type { BareTimersResult } from './bare-timers';
import type { ItemRemindersResult } from './item-reminders';
import { describeRetries } from './workflow-task-retries';

const BASELINE = 'bare Temporal timer + 1 local activity';
const P99_TARGET_MS = 2000;

/** The targets: lateness p99 ≤ 2 s, max ≤ 5 s; none early, missing or twice; worker memory reported. */
export function timerFigures(benchmark: string, count: number, ours: ItemRemindersResult, baseline: BareTimersResult): Figure[] {
  const o = ours.outcome;
  const b = baseline.outcome;
  const n = count.toLocaleString('en-US');
  const vs = (value: number) => ({ label: BASELINE, value });
  const bench = { label: 'bench process running the bare worker' };
  return [
    {
      benchmark,
      name: `reminder lateness p50, ${n} due at one instant`,
      unit: 'ms',
      ours: o.lateness.p50,
      baseline: vs(b.lateness.p50),
      targets: [],
    },
    {
      benchmark,
      name: `reminder lateness p99, ${n} due at one instant`,
      unit: 'ms',
      ours: o.lateness.p99,
      baseline: vs(b.lateness.p99),
      targets: [{ on: 'ours', op: '<=', value: P99_TARGET_MS }],
    },
    {
      benchmark,
      name: `reminder lateness max, ${n} due at one instant`,
      unit: 'ms',
      ours: o.lateness.max,
      baseline: vs(b.lateness.max),
      targets: [{ on: 'ours', op: '<=', value: 5000 }],
    },
    {
      benchmark,
      name: 'reminders early',
      unit: 'items',
      ours: o.early,
      baseline: vs(b.early),
      targets: [{ on: 'ours', op: '<=', value: 0 }],
    },
    {
      benchmark,
      name: 'reminders missing',
      unit: 'items',
      ours: o.missing,
      baseline: vs(b.missing),
      targets: [{ on: 'ours', op: '<=', value: 0 }],
    },
    {
      benchmark,
      name: 'reminders recorded twice',
      unit: 'items',
      ours: o.duplicated,
      baseline: vs(b.duplicated),
      targets: [{ on: 'ours', op: '<=', value: 0 }],
    },
    {
      benchmark,
      name: `worker resident memory, ${n} items open, before due`,
      unit: 'MiB',
      ours: round(ours.memory.beforeMiB),
      baseline: { ...bench, value: round(baseline.memory.beforeMiB) },
      targets: [],
    },
    {
      benchmark,
      name: 'worker resident memory, peak while the reminders fire',
      unit: 'MiB',
      ours: round(ours.memory.peakMiB),
      baseline: { ...bench, value: round(baseline.memory.peakMiB) },
      targets: [],
    },
  ];
}

export function timerNotes(count: number, ours: ItemRemindersResult, baseline: BareTimersResult): string[] {
  const o = ours.outcome;
  const b = baseline.outcome;
  const p = ours.population;
  const ms = (v: number) => `${Math.round(v)} ms`;
  const perSecond = (drainSeconds: number) => Math.round(count / Math.max(drainSeconds, 0.001));
  const needed = Math.round(count / (P99_TARGET_MS / 1000));
  return [
    `${count} open items, one item workflow each, on a plan whose deadline reminder (remindBeforeDeadline, natural days) falls due ` +
      `at ${ours.dueAt.toISOString()} for every item. The due instant compared against is each item's own, computed by the decider's ` +
      `pendingTimeFacts on its folded ItemFiled + ItemAssigned (policy, deadline rolled by the filed calendar)` +
      (ours.dueElsewhere ? `; ${ours.dueElsewhere} items computed another instant.` : '; all computed the planned instant.'),
    `Filing: FileItem built as POST /v1/items builds it; ${p.byUpdateWithStart} items by update-with-start as the API sends it ` +
      `(${p.updateWithStartPerSecond.toFixed(0)} items/s with 64 in flight: 20,000 would take ${Math.round(20_000 / p.updateWithStartPerSecond / 60)} min), ` +
      `the rest as the workflow stands after continue-as-new: the decider's events appended with the worker's projections and ` +
      `outbox, then the item workflow started with the filed state (${p.continuedPerSecond.toFixed(0)} items/s). All filed and ` +
      `sleeping on their timers in ${p.seconds.toFixed(0)} s, ${p.armedAheadSeconds.toFixed(0)} s before due` +
      (p.unarmedInSample.unarmed > 0
        ? ` — except ${p.unarmedInSample.unarmed} of ${p.unarmedInSample.sampled} sampled workflows, still not armed when the reminders fell due (filing overran its calibrated time; their lateness includes it).`
        : ` (the server's workflow-task backlog empty and a sample of ${p.unarmedInSample.sampled} histories checked).`),
    `Lateness = the ReminderDue event's recorded_at (start of the append transaction; the inbox notification row written in the ` +
      `same transaction carries the same time) minus due. Until the workflow woke (the event's "at"): p50 ${ms(o.wokeLateness.p50)}, ` +
      `p99 ${ms(o.wokeLateness.p99)}, max ${ms(o.wokeLateness.max)}: nearly all the lateness is waiting for the timer's workflow task. ` +
      `Last reminder recorded ${ours.drainSeconds.toFixed(1)} s after due (${perSecond(ours.drainSeconds)} reminders/s).`,
    `Missing counts items without the ReminderDue event or without its inbox row; twice counts items with more than one of either ` +
      `(inbox alone: ${ours.inbox.missing} missing, ${ours.inbox.duplicated} twice).`,
    `Baseline: ${count} bare workflows (bench/src/timers/bare-timer-workflow.ts) sleeping until one absolute instant then running one ` +
      `trivial local activity, on their own task queue with a Worker inside the bench process (the SDK's default options, as apps/worker), ` +
      `same dev server; armed ${baseline.armedAheadSeconds.toFixed(0)} s before due (${baseline.startedPerSecond.toFixed(0)}/s)` +
      (baseline.unarmed > 0 ? `, except ${baseline.unarmed} not armed when due (their lateness includes the overrun)` : '') +
      `; lateness = when the activity ran minus due; until the workflow woke: p50 ${ms(b.wokeLateness.p50)}, p99 ${ms(b.wokeLateness.p99)}, ` +
      `max ${ms(b.wokeLateness.max)}; last ran ${baseline.drainSeconds.toFixed(1)} s after due (${perSecond(baseline.drainSeconds)}/s).`,
    `What bounds it: CPU. Over ours' burst the machine kept ${ours.cpu.machineBusyCores.toFixed(2)} of its 2 cores busy and our ` +
      `processes spent ${ours.cpu.watchedMsPerTimer.toFixed(1)} CPU-ms per reminder (worker, dev server, PostgreSQL, API, bench), so ` +
      `2 cores record at most ~${Math.round(2000 / ours.cpu.watchedMsPerTimer)} reminders/s; over the baseline's ` +
      `${baseline.cpu.machineBusyCores.toFixed(2)} cores busy, ${baseline.cpu.watchedMsPerTimer.toFixed(1)} CPU-ms per bare timer ` +
      `(~${Math.round(2000 / baseline.cpu.watchedMsPerTimer)}/s). A p99 of 2 s for ${count} at once needs ~${needed} per second: ` +
      `out of reach for ours and for bare Temporal timers alike on this machine and one dev server (SQLite).`,
    `CPU from the due instant until the last reminder (from /proc/<pid>/stat) — ours: ${ours.cpu.text}; baseline: ${baseline.cpu.text}.`,
    `Histories after the burst — ours: ${describeRetries(ours.retries)}; baseline: ${describeRetries(baseline.retries)}. Both workers ` +
      `run with the SDK's sticky-queue schedule-to-start timeout (10 s): a workflow task of the burst that waits longer for its ` +
      `worker times out, is moved to the shared queue and replayed from its full history, which adds to the server's and the ` +
      `worker's work per timer while the burst lasts.`,
    `Worker resident memory: ${round(ours.memory.idleMiB)} MiB started and idle, ${round(ours.memory.beforeMiB)} MiB with ${count} items ` +
      `open (the SDK caches up to ~2,300 workflows with the default 4 GiB heap), ${round(ours.memory.peakMiB)} MiB at the peak while ` +
      `reminders fired.`,
    `Afterwards the ${count} item workflows were left asleep (their next wake-up, "due soon", is a day away) on the throw-away dev ` +
      `server, their worker stopped and their database dropped; the baseline's workflows completed.`,
  ];
}

const round = (value: number | undefined) => (value === undefined ? Number.NaN : Math.round(value));
