import { type ItemActivities, STREAM_VERSION_CONFLICT, itemStreamId } from '@closeloop/contracts';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import type { Database } from '@closeloop/db';
import { ApplicationFailure } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { allocateDocumentNumber } from './document-numbers';

export interface ItemActivityDependencies {
  db: Kysely<Database>;
  eventStore: EventStore;
}

export function createItemActivities({ db, eventStore }: ItemActivityDependencies): ItemActivities {
  return {
    allocateDocumentNumber: (input) => allocateDocumentNumber(db, input),
    async appendItemEvents({ itemId, expectedVersion, events }) {
      try {
        const { nextExpectedVersion } = await eventStore.append(itemStreamId(itemId), expectedVersion, events);
        return { version: nextExpectedVersion };
      } catch (error) {
        if (error instanceof StreamVersionConflict) {
          throw ApplicationFailure.create({ type: STREAM_VERSION_CONFLICT, message: error.message, nonRetryable: true });
        }
        throw error;
      }
    },
  };
}
