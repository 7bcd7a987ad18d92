import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { bareWorkflowType, touch } from './workflows';

/** The client side of the baseline, with the same calls the API makes for an item. */
export interface BareClient {
  /** Like filing an item: update-with-start keyed by a stable workflow id, awaited until the Update's answer. */
  create(workflowId: string, payload: unknown): Promise<number>;
  /** Like any later command: an Update on the running workflow, awaited until its answer. */
  update(workflowId: string, payload: unknown): Promise<number>;
  close(): Promise<void>;
}

export async function connectBareClient(temporalAddress: string, taskQueue: string): Promise<BareClient> {
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection });
  return {
    create(workflowId, payload) {
      const startWorkflowOperation = new WithStartWorkflowOperation(bareWorkflowType, {
        workflowId,
        taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      return client.workflow.executeUpdateWithStart(touch, { args: [payload], startWorkflowOperation });
    },
    update(workflowId, payload) {
      return client.workflow.getHandle(workflowId).executeUpdate(touch, { args: [payload] });
    },
    close: () => connection.close(),
  };
}
