import type { AcknowledgeItem, ReassignItem, ReportProgress } from '../commands';
import type { ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';
import { mustBeIn, mustBeResponsibleUnit, mustGiveReason, mustSuperviseOrLead } from './permissions';

export function acknowledge({ metadata }: AcknowledgeItem, item: FiledItem, at: string): ItemEvent[] {
  mustBeResponsibleUnit(item, metadata, 'acknowledge the item');
  mustBeIn(item, ['assigned'], 'acknowledge');
  return [{ type: 'ItemAcknowledged', data: { itemId: item.itemId, unitId: item.responsibleUnitId, at } }];
}

export function reportProgress({ data, metadata }: ReportProgress, item: FiledItem, at: string): ItemEvent[] {
  mustBeResponsibleUnit(item, metadata, 'report progress');
  mustBeIn(item, ['in_progress'], 'report progress');
  if (!Number.isFinite(data.percent) || data.percent < 0 || data.percent > 100) {
    refuse('invalid', 'bad-percent', 'percent must be between 0 and 100');
  }
  if (data.indicatorValue !== undefined && !item.indicator) {
    refuse('invalid', 'no-indicator', 'this item has no quantitative indicator to report against');
  }
  const known = new Set(item.milestones.map((m) => m.id));
  const unknown = data.milestonesReached.filter((id) => !known.has(id));
  if (unknown.length > 0) refuse('invalid', 'unknown-milestone', `no milestone ${unknown.join(', ')} on this item`);
  return [{ type: 'ProgressReported', data: { itemId: item.itemId, ...data, at } }];
}

export function reassign({ data, metadata }: ReassignItem, item: FiledItem, at: string): ItemEvent[] {
  mustSuperviseOrLead(item, metadata, 'reassign the item');
  mustBeIn(item, ['assigned', 'in_progress'], 'reassign');
  const reason = mustGiveReason(data.reason, 'reassign');
  if (data.responsibleUnitId === item.responsibleUnitId) {
    refuse('conflict', 'same-unit', `${data.responsibleUnitId} is already the responsible unit`);
  }
  return [
    {
      type: 'ItemReassigned',
      data: { itemId: item.itemId, fromUnitId: item.responsibleUnitId, toUnitId: data.responsibleUnitId, reason, at },
    },
  ];
}
