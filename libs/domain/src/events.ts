import type { Evidence, ItemDefinition, Responsibility } from './item';
import type { Policy } from './policy';

type Event<Type extends string, Data> = { type: Type; data: Data & { itemId: string; at: string } };

export type ItemFiled = Event<'ItemFiled', ItemDefinition & { policy: Policy }>;
export type ItemAssigned = Event<'ItemAssigned', Responsibility>;
export type ItemAcknowledged = Event<'ItemAcknowledged', { unitId: string }>;
export type ProgressReported = Event<
  'ProgressReported',
  { percent: number; indicatorValue?: number; note?: string; evidence: Evidence[]; milestonesReached: string[] }
>;
export type ExtensionRequested = Event<'ExtensionRequested', { requestId: string; proposedDeadline: string; reason: string }>;
export type ExtensionApproved = Event<'ExtensionApproved', { requestId: string; previousDeadline: string; newDeadline: string }>;
export type ExtensionRejected = Event<'ExtensionRejected', { requestId: string; reason: string }>;
export type ItemReassigned = Event<'ItemReassigned', { fromUnitId: string; toUnitId: string; reason: string }>;
export type ClosureRequested = Event<'ClosureRequested', { evidence: Evidence[]; note?: string }>;
export type PublicNoticeStarted = Event<'PublicNoticeStarted', { endsAt: string }>;
export type ObjectionRaised = Event<'ObjectionRaised', { reason: string }>;
export type PublicNoticeEnded = Event<'PublicNoticeEnded', object>;
export type VerificationAccepted = Event<'VerificationAccepted', { note?: string }>;
export type VerificationRejected = Event<'VerificationRejected', { reasons: string[] }>;
export type ItemClosed = Event<'ItemClosed', { filedWith: string; revisits: { revisitId: string; dueAt: string }[] }>;
export type RevisitDue = Event<'RevisitDue', { revisitId: string }>;
export type RevisitConsolidated = Event<'RevisitConsolidated', { revisitId: string; findings?: string }>;
export type ItemConsolidated = Event<'ItemConsolidated', object>;
export type RelapseFound = Event<'RelapseFound', { revisitId: string; findings?: string }>;
export type ItemReopened = Event<'ItemReopened', { newDeadline: string; relapseCount: number }>;
export type MilestoneMissed = Event<'MilestoneMissed', { milestoneId: string; due: string }>;
export type DeadlineApproaching = Event<'DeadlineApproaching', { deadline: string }>;
export type ItemOverdue = Event<'ItemOverdue', { deadline: string }>;

export type ItemEvent =
  | ItemFiled
  | ItemAssigned
  | ItemAcknowledged
  | ProgressReported
  | ExtensionRequested
  | ExtensionApproved
  | ExtensionRejected
  | ItemReassigned
  | ClosureRequested
  | PublicNoticeStarted
  | ObjectionRaised
  | PublicNoticeEnded
  | VerificationAccepted
  | VerificationRejected
  | ItemClosed
  | RevisitDue
  | RevisitConsolidated
  | ItemConsolidated
  | RelapseFound
  | ItemReopened
  | MilestoneMissed
  | DeadlineApproaching
  | ItemOverdue;

export type ItemEventType = ItemEvent['type'];
