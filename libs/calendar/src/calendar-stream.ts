// The id lives in @closeloop/contracts; re-exported for this library's existing importers.
export { calendarStreamId } from '@closeloop/contracts';
