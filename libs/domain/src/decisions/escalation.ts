import type { ApplyCalendar, ConfirmEscalation, EscalateItem } from '../commands';
import { levelIndex } from '../escalation';
import type { EscalationTrigger, ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';
import { mustGiveReason, mustHaveRole } from './permissions';

const mayLead = (item: FiledItem, scope: readonly string[] | 'all') =>
  scope === 'all' || scope.includes(item.responsibleUnitId) || scope.includes(item.supervisingUnitId);

function mustBeLeaderOver(item: FiledItem, metadata: EscalateItem['metadata'], action: string): void {
  if (metadata.role === 'admin') return;
  if (metadata.role !== 'leader' || !mayLead(item, metadata.scope))
    refuse('forbidden', 'not-leader', `only a leader in charge may ${action}`);
}

const closedForGood = (item: FiledItem) => item.status === 'closed' || item.status === 'consolidated';

export function escalate({ data, metadata }: EscalateItem, item: FiledItem, at: string): ItemEvent[] {
  mustBeLeaderOver(item, metadata, 'escalate the item');
  if (closedForGood(item)) refuse('conflict', 'wrong-status', `cannot escalate while the item is ${item.status}`);
  const reason = mustGiveReason(data.reason, 'escalate');
  if (levelIndex(data.level) <= levelIndex(item.escalation.level)) {
    refuse('conflict', 'not-higher', `the item is already at ${item.escalation.level}`);
  }
  return [{ type: 'EscalationRaised', data: { itemId: item.itemId, level: data.level, trigger: 'manual', reason, at } }];
}

export function confirmEscalation({ data, metadata }: ConfirmEscalation, item: FiledItem, at: string): ItemEvent[] {
  mustBeLeaderOver(item, metadata, 'confirm an escalation');
  if (item.escalation.proposed !== data.level) {
    refuse('conflict', 'nothing-proposed', `no escalation to ${data.level} awaits confirmation`);
  }
  const trigger = (item.escalation.proposedTrigger ?? 'overdue') as EscalationTrigger;
  return [{ type: 'EscalationRaised', data: { itemId: item.itemId, level: data.level, trigger, at } }];
}

export function applyCalendar({ data, metadata }: ApplyCalendar, item: FiledItem, at: string): ItemEvent[] {
  mustHaveRole(metadata, ['admin'], 'change the calendar');
  if (closedForGood(item)) return [];
  return [{ type: 'CalendarApplied', data: { itemId: item.itemId, calendar: data.calendar, at } }];
}
