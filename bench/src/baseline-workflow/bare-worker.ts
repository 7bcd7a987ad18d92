import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { bareActivities } from './activities';

export interface BareWorker {
  stop(): Promise<void>;
}

/**
 * A Worker for the bare workflow inside the bench process, on its own task queue. The workflow is bundled here, as
 * `Worker.create({ workflowsPath })` would, only with webpack's chatter silenced.
 */
export async function startBareWorker(temporalAddress: string, taskQueue: string): Promise<BareWorker> {
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./workflows'), logger: quietLogger });
  const connection = await NativeConnection.connect({ address: temporalAddress });
  const worker = await Worker.create({ connection, taskQueue, workflowBundle, activities: bareActivities }).catch(
    async (error: unknown) => {
      await connection.close();
      throw error;
    },
  );
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error, log: noop };
