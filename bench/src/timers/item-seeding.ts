import { itemWorkflowId, itemWorkflowType, type ItemWorkflowInput } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { type FileItem, type ItemEvent, decide, eventMetadataOf, fold, initialState, notificationIntents } from '@closeloop/domain';
import { type EventStore, createEventStore } from '@closeloop/event-store';
import { createNotificationProjection, createWebhookSubscriptionProjection } from '@closeloop/notifications';
import { itemStreamId, readModelProjections } from '@closeloop/read-models';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

/** The event store as apps/worker composes it (item-worker.ts): read models, then the outbox, then webhook subscriptions. */
export function workerEventStore(db: Kysely<Database>): EventStore {
  return createEventStore(db, {
    projections: [...readModelProjections, createNotificationProjection(notificationIntents), createWebhookSubscriptionProjection()],
  });
}

/**
 * Files an item in the shape a long-lived item's workflow has after continue-as-new: the decider decides FileItem,
 * its events (ItemFiled, ItemAssigned) are appended with the worker's projections and outbox, and the item workflow is
 * started with the folded state and stream version (`ItemWorkflowInput`), so it goes straight to sleeping until its
 * next wake-up. The same events, read models and workflow code as update-with-start, without its round trips.
 */
export async function fileAsContinuedWorkflow(client: Client, taskQueue: string, eventStore: EventStore, command: FileItem): Promise<void> {
  const { itemId } = command.data;
  const metadata = eventMetadataOf(command.metadata);
  const events = decide(command, initialState(), new Date()).map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    data: { ...event.data } as Record<string, unknown>,
    metadata,
  }));
  const { nextExpectedVersion } = await eventStore.append(itemStreamId(itemId), 0, events);
  const state = fold(initialState(), events as unknown as ItemEvent[]);
  await client.workflow.start(itemWorkflowType, {
    workflowId: itemWorkflowId(itemId),
    taskQueue,
    args: [{ itemId, state, version: nextExpectedVersion } satisfies ItemWorkflowInput],
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
}
