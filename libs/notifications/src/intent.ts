import type { Audience, FiledItem, ItemEvent, NotificationIntent } from '@closeloop/domain';

/*
 * The contract with the domain: which events notify whom, and with what text. `Audience`,
 * `NotificationIntent` and `notificationIntents(event, item)` live in `@closeloop/domain`; the projection
 * takes the intents function as a parameter (production passes the domain's, tests their own).
 */
export type { Audience, NotificationIntent };

/** Every audience, in widening order. */
export const audiences = [
  'responsible_unit',
  'responsible_unit_head',
  'supervising_unit',
  'leader_in_charge',
  'plan_owner',
  'discipline_body',
] as const satisfies readonly Audience[];

/** What an event on an item means to people: pure, so the projection can be tested with any. */
export type NotificationIntentsFor = (event: ItemEvent, item: FiledItem) => NotificationIntent[];
