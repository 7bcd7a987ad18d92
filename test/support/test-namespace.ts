import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { randomBytes } from 'node:crypto';

const READY_TIMEOUT_MS = 30_000;

/**
 * A Temporal namespace of its own for one test stack. Item and workflow ids come from plan and item codes (the
 * same plan, the same ids), so two stacks filing the same plan on the shared dev server would otherwise start,
 * signal and wait on each other's workflows; a namespace keeps ids, schedules and histories apart, as a test
 * database keeps rows apart.
 */
export async function createTestNamespace(address: string): Promise<string> {
  const namespace = `test-${randomBytes(6).toString('hex')}`;
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    await untilServed(connection, namespace);
  } finally {
    await connection.close();
  }
  return namespace;
}

/** A namespace is served once the frontend's namespace cache has it: before that, calls in it answer NotFound. */
async function untilServed(connection: Connection, namespace: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Temporal namespace ${namespace} not served after ${READY_TIMEOUT_MS} ms: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
