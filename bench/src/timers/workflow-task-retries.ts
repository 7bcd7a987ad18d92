import type { Client } from '@temporalio/client';

export interface WorkflowTaskRetries {
  sampled: number;
  /** Sampled workflows with at least one workflow task that timed out (e.g. left too long on a sticky queue) or failed. */
  retried: number;
  timedOut: number;
  failed: number;
}

/** Reads the histories of up to `sampleSize` of the workflows (spread over the list) for workflow tasks run twice. */
export async function workflowTaskRetries(client: Client, workflowIds: string[], sampleSize = 40): Promise<WorkflowTaskRetries> {
  const step = Math.max(1, Math.floor(workflowIds.length / sampleSize));
  const sample = workflowIds.filter((_, i) => i % step === 0).slice(0, sampleSize);
  const tally = { sampled: sample.length, retried: 0, timedOut: 0, failed: 0 };
  for (const workflowId of sample) {
    const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
    const timedOut = (events ?? []).filter((e) => e.workflowTaskTimedOutEventAttributes).length;
    const failed = (events ?? []).filter((e) => e.workflowTaskFailedEventAttributes).length;
    tally.timedOut += timedOut;
    tally.failed += failed;
    if (timedOut + failed > 0) tally.retried++;
  }
  return tally;
}

export const describeRetries = (r: WorkflowTaskRetries) =>
  `${r.retried} of ${r.sampled} sampled workflows ran a workflow task twice (${r.timedOut} timed out, ${r.failed} failed)`;
