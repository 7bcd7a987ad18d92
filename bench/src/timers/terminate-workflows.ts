import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { forEachConcurrently } from './concurrently';

/**
 * Terminates the workflows still running among `workflowIds`, so they do not burden later benchmarks. One RPC each,
 * many in flight: the server's batch operation would do it in one call, but the dev server runs it at ≤ 50 per second.
 */
export async function terminateWorkflows(client: Client, workflowIds: string[], inFlight = 64): Promise<void> {
  await forEachConcurrently(workflowIds.length, inFlight, async (i) => {
    try {
      await client.workflow.getHandle(workflowIds[i]).terminate('benchmark finished');
    } catch (error) {
      // Already finished (a baseline workflow that completed) or never started: nothing to stop.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  });
}
