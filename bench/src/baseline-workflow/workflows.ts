import { condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { BareActivities } from './activities';

/** The one Update of the bare workflow: runs the trivial local activity, answers with the workflow's new version. */
export const touch = defineUpdate<number, [unknown]>('touch');

export const bareWorkflowType = 'bareWorkflow';

const { echo } = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });

/**
 * The baseline of benchmarks 1 and 2: the least a Temporal workflow can do per command — one Update whose
 * handler runs one local activity, as the item workflow appends — and, like an item's workflow, it stays open waiting for the next command.
 */
export async function bareWorkflow(): Promise<void> {
  let version = 0;
  setHandler(touch, async (payload: unknown) => {
    await echo(payload);
    return ++version;
  });
  await condition(() => false);
}
