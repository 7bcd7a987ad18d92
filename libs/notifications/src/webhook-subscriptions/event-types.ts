import type { ItemEventType } from '@closeloop/domain';

/** Every item event type a subscription may name (checked against the domain's union at compile time). */
export const webhookEventTypes = [
  'ItemFiled',
  'ItemAssigned',
  'ItemAcknowledged',
  'ProgressReported',
  'ExtensionRequested',
  'ExtensionApproved',
  'ExtensionRejected',
  'ItemReassigned',
  'ClosureRequested',
  'PublicNoticeStarted',
  'ObjectionRaised',
  'ObjectionAnswered',
  'PublicNoticeEnded',
  'VerificationAccepted',
  'VerificationRejected',
  'ItemClosed',
  'RevisitDue',
  'RevisitConsolidated',
  'ItemConsolidated',
  'RelapseFound',
  'ItemReopened',
  'MilestoneMissed',
  'DeadlineApproaching',
  'ItemOverdue',
  'ReminderDue',
  'ReportMissed',
  'EscalationRaised',
  'EscalationProposed',
  'EscalationSteppedDown',
  'CalendarApplied',
] as const satisfies readonly ItemEventType[];

// Fails to compile when the domain gains an event type that is missing above.
type Missing = Exclude<ItemEventType, (typeof webhookEventTypes)[number]>;
const exhaustive: [Missing] extends [never] ? true : Missing = true;
void exhaustive;

/** `*` subscribes to every item event type. */
export const ALL_EVENTS = '*';
export const subscribableEventTypes: readonly string[] = [ALL_EVENTS, ...webhookEventTypes];
