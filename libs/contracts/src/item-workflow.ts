import type { ItemCommand, ItemCommandType, ItemState } from '@closeloop/domain';
import type { UpdateDefinition } from '@temporalio/common';
import { defineUpdate } from '@temporalio/workflow';

export const ITEM_TASK_QUEUE = 'closeloop-items';

export const itemWorkflowType = 'itemWorkflow';

/** What the workflow carries across continue-as-new. */
export interface ItemWorkflowInput {
  itemId: string;
  state?: ItemState;
  version?: number;
}

export interface CommandAccepted {
  itemId: string;
  /** The stream version after the command: read your own write at this version or later. */
  version: number;
  /** How many events the command recorded. */
  events: number;
}

export interface CommandOptions {
  /** Refuse unless the item is still at this stream version (the API's If-Match). */
  expectedVersion?: number;
}

type CommandOf<T extends ItemCommandType> = Extract<ItemCommand, { type: T }>;
export type ItemUpdate<T extends ItemCommandType> = UpdateDefinition<CommandAccepted, [CommandOf<T>, CommandOptions?], T>;

const update = <T extends ItemCommandType>(type: T): ItemUpdate<T> =>
  defineUpdate<CommandAccepted, [CommandOf<T>, CommandOptions?], T>(type);

/** One Update per command a person or system can send; the time-driven command is internal to the workflow. */
export const itemUpdates = {
  FileItem: update('FileItem'),
  AcknowledgeItem: update('AcknowledgeItem'),
  ReportProgress: update('ReportProgress'),
  RequestExtension: update('RequestExtension'),
  DecideExtension: update('DecideExtension'),
  ReassignItem: update('ReassignItem'),
  RequestClosure: update('RequestClosure'),
  RaiseObjection: update('RaiseObjection'),
  AnswerObjection: update('AnswerObjection'),
  VerifyItem: update('VerifyItem'),
  RecordRevisitResult: update('RecordRevisitResult'),
  EscalateItem: update('EscalateItem'),
  ConfirmEscalation: update('ConfirmEscalation'),
  ApplyCalendar: update('ApplyCalendar'),
} as const;

export type ExternalCommandType = keyof typeof itemUpdates;

/** ApplicationFailure type of a command the decider (or the version check) refused; details[0] is a `RefusalDetails`. */
export const COMMAND_REFUSED = 'CommandRefused';

export interface RefusalDetails {
  kind: 'forbidden' | 'conflict' | 'invalid' | 'precondition';
  code: string;
}
