import type { Evidence, ItemDefinition, Responsibility } from './item';
import type { CalendarData } from './calendar';
import type { EscalationLevel, Policy } from './policy';

type Event<Type extends string, Data> = { type: Type; data: Data & { itemId: string; at: string } };

export type ItemFiled = Event<'ItemFiled', ItemDefinition & { policy: Policy; calendar?: CalendarData }>;
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
/** The responsible unit's answer to an objection (`objection`: its reason, as raised). */
export type ObjectionAnswered = Event<'ObjectionAnswered', { objection: string; answer: string }>;
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
/** A reminder before something falls due: a report (per cadence), a milestone, the deadline. */
export type ReminderDue = Event<'ReminderDue', { subject: 'report' | 'milestone' | 'deadline'; key: string; dueAt: string }>;
/** A cadence period ended without a progress report: a recorded lapse. */
export type ReportMissed = Event<'ReportMissed', { period: number; dueAt: string; missedInARow: number }>;
export type EscalationTrigger = 'overdue' | 'missed_reports' | 'relapse' | 'manual';
export type EscalationRaised = Event<
  'EscalationRaised',
  { level: EscalationLevel; trigger: EscalationTrigger; reason?: string; documentNumber?: string }
>;
/** An automatic escalation at a level that needs a leader's confirmation. */
export type EscalationProposed = Event<'EscalationProposed', { level: EscalationLevel; trigger: EscalationTrigger }>;
export type EscalationSteppedDown = Event<'EscalationSteppedDown', { from: EscalationLevel; to: EscalationLevel | null }>;
/** The working-day calendar the item's timers follow (at filing, and after each calendar change). */
export type CalendarApplied = Event<'CalendarApplied', { calendar: CalendarData }>;

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
  | ObjectionAnswered
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
  | ItemOverdue
  | ReminderDue
  | ReportMissed
  | EscalationRaised
  | EscalationProposed
  | EscalationSteppedDown
  | CalendarApplied;

export type ItemEventType = ItemEvent['type'];
