import { isCalendarDate } from '../calendar-date';
import type { DecideExtension, RequestExtension } from '../commands';
import type { ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';
import { mustBeIn, mustBeResponsibleUnit, mustBeSupervisingUnit, mustGiveReason } from './permissions';

export function requestExtension({ data, metadata }: RequestExtension, item: FiledItem, at: string): ItemEvent[] {
  mustBeResponsibleUnit(item, metadata, 'request an extension');
  mustBeIn(item, ['in_progress'], 'request an extension');
  if (!item.deadline) refuse('conflict', 'no-deadline', 'a long-term item has no deadline to extend');
  if (item.pendingExtension) {
    refuse('conflict', 'extension-pending', `extension request ${item.pendingExtension.requestId} is still awaiting a decision`);
  }
  if (!isCalendarDate(data.proposedDeadline)) refuse('invalid', 'bad-deadline', `${data.proposedDeadline} is not a date`);
  if (data.proposedDeadline <= item.deadline!) {
    refuse('invalid', 'not-later', `the proposed deadline must be after the current one (${item.deadline})`);
  }
  const reason = mustGiveReason(data.reason, 'request an extension');
  return [
    {
      type: 'ExtensionRequested',
      data: { itemId: item.itemId, requestId: data.requestId, proposedDeadline: data.proposedDeadline, reason, at },
    },
  ];
}

export function decideExtension({ data, metadata }: DecideExtension, item: FiledItem, at: string): ItemEvent[] {
  mustBeSupervisingUnit(item, metadata, 'decide an extension request');
  const pending = item.pendingExtension;
  if (!pending || pending.requestId !== data.requestId) {
    refuse('conflict', 'no-such-request', `extension request ${data.requestId} is not awaiting a decision`);
  }
  if (data.approve) {
    return [
      {
        type: 'ExtensionApproved',
        data: {
          itemId: item.itemId,
          requestId: data.requestId,
          previousDeadline: item.deadline!,
          newDeadline: pending!.proposedDeadline,
          at,
        },
      },
    ];
  }
  const reason = mustGiveReason(data.reason, 'reject an extension request');
  return [{ type: 'ExtensionRejected', data: { itemId: item.itemId, requestId: data.requestId, reason, at } }];
}
