import type { FileItem, ItemState } from '@closeloop/domain';
import { defineUpdate } from '@temporalio/workflow';

export const ITEM_TASK_QUEUE = 'closeloop-items';

/** Stable per item, so a retried creation finds the same workflow instead of starting a twin. */
export const itemWorkflowId = (itemId: string): string => `item-${itemId}`;

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
}

export const fileItemUpdate = defineUpdate<CommandAccepted, [FileItem]>('fileItem');

/** ApplicationFailure type of a command the decider refused; details[0] is a `RefusalDetails`. */
export const COMMAND_REFUSED = 'CommandRefused';

export interface RefusalDetails {
  kind: 'forbidden' | 'conflict' | 'invalid';
  code: string;
}
