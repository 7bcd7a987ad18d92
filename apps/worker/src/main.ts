import { isDevelopment, readConfig } from '@closeloop/config';
import { createDb } from '@closeloop/db';
import { Client } from '@temporalio/client';
import { NativeConnection, type WorkflowBundleOption } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createItemWorker } from './item-worker';
import { createNotificationDelivery } from './notification-delivery';
import { ensureReportSchedules } from './report-schedules';
import { createWebhookSubscriptionDelivery } from './webhook-delivery';
import { bundleItemWorkflows } from './workflow-bundle';

async function main(): Promise<void> {
  const config = readConfig();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  // The weekly dispatch and monthly bulletin run on Temporal Schedules (Asia/Shanghai).
  await ensureReportSchedules(new Client({ connection, namespace: config.temporalNamespace }), config.taskQueue);
  const db = createDb(config.databaseUrl);
  const delivery = createNotificationDelivery(db, config.notifications);
  const webhookDelivery = createWebhookSubscriptionDelivery(db, config.notifications);
  try {
    const worker = await createItemWorker({
      connection,
      namespace: config.temporalNamespace,
      taskQueue: config.taskQueue,
      db,
      workflowBundle: await workflowBundle(config.workflowBundlePath),
    });
    delivery.start(config.notifications.pollMs);
    webhookDelivery.start(config.notifications.pollMs);
    console.log(`worker: polling ${config.taskQueue} on ${config.temporalAddress}`);
    await worker.run(); // returns after SIGINT/SIGTERM, once in-flight tasks are done
  } finally {
    await delivery.stop();
    await webhookDelivery.stop();
    await db.destroy();
    await connection.close();
  }
}

/** The prebuilt bundle outside development; a fresh bundle of the sources in development. */
async function workflowBundle(configured?: string): Promise<WorkflowBundleOption> {
  const prebuilt = configured ?? path.join(__dirname, 'item-workflows.bundle.js');
  if (!isDevelopment() && existsSync(prebuilt)) return { codePath: prebuilt };
  return bundleItemWorkflows();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
