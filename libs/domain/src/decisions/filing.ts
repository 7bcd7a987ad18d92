import { isCalendarDate } from '../calendar-date';
import type { FileItem } from '../commands';
import type { ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { ItemState } from '../state';
import { mustHaveRole } from './permissions';

export function fileItem({ data, metadata }: FileItem, state: ItemState, at: string): ItemEvent[] {
  mustHaveRole(metadata, ['admin', 'integrator'], 'file items');
  if (state.status !== 'unfiled') refuse('conflict', 'already-filed', `item ${data.planCode}/${data.code} is already filed`);
  if (data.kind === 'long_term') {
    if (data.deadline !== null) refuse('invalid', 'long-term-has-no-deadline', 'a long-term item has no deadline');
  } else if (!isCalendarDate(data.deadline)) {
    refuse('invalid', 'bad-deadline', `deadline ${data.deadline} is not a date`);
  }
  for (const m of data.milestones) {
    if (!isCalendarDate(m.due)) refuse('invalid', 'bad-milestone', `milestone ${m.id} is due on ${m.due}, which is not a date`);
    if (data.deadline && m.due > data.deadline) refuse('invalid', 'bad-milestone', `milestone ${m.id} falls after the deadline`);
  }
  if (new Set(data.milestones.map((m) => m.id)).size !== data.milestones.length) {
    refuse('invalid', 'bad-milestone', 'milestone ids must be unique');
  }
  const { responsibleUnitId, cooperatingUnitIds, responsiblePerson, supervisingUnitId, leaderInCharge, ...definition } = data;
  return [
    { type: 'ItemFiled', data: { ...definition, at } },
    {
      type: 'ItemAssigned',
      data: { itemId: data.itemId, responsibleUnitId, cooperatingUnitIds, responsiblePerson, supervisingUnitId, leaderInCharge, at },
    },
  ];
}
