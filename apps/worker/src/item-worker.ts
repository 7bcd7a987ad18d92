import { createItemActivities } from '@closeloop/activities';
import type { Database } from '@closeloop/db';
import { createEventStore } from '@closeloop/event-store';
import { readModelProjections } from '@closeloop/read-models';
import { type NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Kysely } from 'kysely';

export interface ItemWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Kysely<Database>;
  workflowBundle: WorkflowBundleOption;
}

/** The composition root: item workflows plus activities wired to the event store and its projections. */
export function createItemWorker({ connection, namespace, taskQueue, db, workflowBundle }: ItemWorkerOptions) {
  const eventStore = createEventStore(db, { projections: readModelProjections });
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowBundle,
    activities: createItemActivities({ eventStore }),
  });
}
