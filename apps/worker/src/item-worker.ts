import { createCalendarReplanActivities, createItemActivities, createReportActivities } from '@closeloop/activities';
import type { Database } from '@closeloop/db';
import { createEventStore } from '@closeloop/event-store';
import { notificationIntents } from '@closeloop/domain';
import { createNotificationProjection, createWebhookSubscriptionProjection } from '@closeloop/notifications';
import { readModelProjections } from '@closeloop/read-models';
import { Client } from '@temporalio/client';
import { type NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Kysely } from 'kysely';

export interface ItemWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Kysely<Database>;
  workflowBundle: WorkflowBundleOption;
}

/**
 * The composition root: item workflows plus activities wired to the event store and its projections; report and
 * calendar re-plan workflows (the re-plan sends Updates to item workflows through a client on the same connection).
 */
export function createItemWorker({ connection, namespace, taskQueue, db, workflowBundle }: ItemWorkerOptions) {
  // The outbox comes after the read models (it reads the item row they wrote) and is not part of a
  // rebuild: recipients are resolved as the organisation stands when the fact is recorded.
  const eventStore = createEventStore(db, {
    projections: [...readModelProjections, createNotificationProjection(notificationIntents), createWebhookSubscriptionProjection()],
  });
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowBundle,
    activities: {
      ...createItemActivities({ db, eventStore }),
      ...createReportActivities({ db }),
      ...createCalendarReplanActivities({ db, client: new Client({ connection, namespace }) }),
    },
  });
}
