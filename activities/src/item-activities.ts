import { type ItemActivities, STREAM_VERSION_CONFLICT } from '@closeloop/contracts';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { itemStreamId } from '@closeloop/read-models';
import { ApplicationFailure } from '@temporalio/activity';

export interface ItemActivityDependencies {
  eventStore: EventStore;
}

export function createItemActivities({ eventStore }: ItemActivityDependencies): ItemActivities {
  return {
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
