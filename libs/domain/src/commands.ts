import type { CommandMetadata } from './actor';
import type { Evidence, ItemDefinition, Responsibility } from './item';
import type { CalendarData } from './calendar';
import type { EscalationLevel, Policy } from './policy';

type Command<Type extends string, Data> = { type: Type; data: Data; metadata: CommandMetadata };

export type FileItem = Command<'FileItem', ItemDefinition & Responsibility & { policy: Policy; calendar?: CalendarData }>;
export type AcknowledgeItem = Command<'AcknowledgeItem', Record<string, never>>;
export type ReportProgress = Command<
  'ReportProgress',
  { percent: number; indicatorValue?: number; note?: string; evidence: Evidence[]; milestonesReached: string[] }
>;
export type RequestExtension = Command<'RequestExtension', { requestId: string; proposedDeadline: string; reason: string }>;
export type DecideExtension = Command<'DecideExtension', { requestId: string; approve: boolean; reason?: string }>;
export type ReassignItem = Command<'ReassignItem', { responsibleUnitId: string; reason: string }>;
export type RequestClosure = Command<'RequestClosure', { evidence: Evidence[]; note?: string }>;
export type RaiseObjection = Command<'RaiseObjection', { reason: string }>;
/** The responsible unit answers the objection that sent the item back to work (答复异议). */
export type AnswerObjection = Command<'AnswerObjection', { answer: string }>;
export type VerifyItem = Command<'VerifyItem', { accept: boolean; reasons: string[]; note?: string }>;
export type RecordRevisitResult = Command<
  'RecordRevisitResult',
  { revisitId: string; relapsed: boolean; findings?: string; newDeadline?: string }
>;
/** A leader raises the item to a level by hand (with a reason). */
export type EscalateItem = Command<'EscalateItem', { level: EscalationLevel; reason: string }>;
/** A leader confirms a proposed automatic escalation. */
export type ConfirmEscalation = Command<'ConfirmEscalation', { level: EscalationLevel }>;
/** The calendar changed: re-plan the item's timers on it. */
export type ApplyCalendar = Command<'ApplyCalendar', { calendar: CalendarData }>;
/** The workflow's timer fired: record whatever time-driven facts are due now. */
export type RecordTimeFacts = Command<'RecordTimeFacts', Record<string, never>>;

export type ItemCommand =
  | FileItem
  | AcknowledgeItem
  | ReportProgress
  | RequestExtension
  | DecideExtension
  | ReassignItem
  | RequestClosure
  | RaiseObjection
  | AnswerObjection
  | VerifyItem
  | RecordRevisitResult
  | EscalateItem
  | ConfirmEscalation
  | ApplyCalendar
  | RecordTimeFacts;

export type ItemCommandType = ItemCommand['type'];
