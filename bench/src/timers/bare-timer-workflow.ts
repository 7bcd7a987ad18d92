import { proxyLocalActivities, proxySinks, sleep, type Sinks } from '@temporalio/workflow';

export interface BareTimerInput {
  id: number;
  /** Epoch ms the timer is due at (absolute, like a reminder's instant). */
  dueAtMs: number;
}

export interface BareTimerFired extends BareTimerInput {
  /** The workflow's clock when the timer's task ran. */
  wokeAtMs: number;
}

export interface BareTimerActivities {
  timerFired(fired: BareTimerFired): Promise<void>;
}

/** Lets the benchmark know (outside history, never on replay) that a workflow has armed its timer, and has finished. */
export interface BareTimerSinks extends Sinks {
  bench: { timerArmed(id: number): void; finished(id: number): void };
}

const { timerFired } = proxyLocalActivities<BareTimerActivities>({ startToCloseTimeout: '30 seconds' });
const { bench } = proxySinks<BareTimerSinks>();

/** The baseline: a bare Temporal timer until an absolute instant, then one trivial local activity (as ours appends). */
export async function bareTimerWorkflow(input: BareTimerInput): Promise<void> {
  const delayMs = Math.max(input.dueAtMs - Date.now(), 1);
  bench.timerArmed(input.id);
  await sleep(delayMs);
  await timerFired({ ...input, wokeAtMs: Date.now() });
  bench.finished(input.id);
}
