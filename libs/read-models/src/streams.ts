// The ids live in @closeloop/contracts; re-exported for this library's existing importers.
export { itemIdOfStream, itemStreamId, planIdOfStream, planStreamId } from '@closeloop/contracts';
