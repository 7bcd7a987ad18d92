import type { Role } from './actor';
import type { FileItem, ItemCommand } from './commands';
import type { ItemEvent } from './events';
import { isCalendarDate } from './calendar-date';
import { refuse } from './refusal';
import type { ItemState } from './state';

const mayFile: readonly Role[] = ['admin', 'integrator'];

export function decide(command: ItemCommand, state: ItemState, now: Date): ItemEvent[] {
  switch (command.type) {
    case 'FileItem':
      return fileItem(command, state, now);
  }
}

function fileItem({ data, metadata }: FileItem, state: ItemState, now: Date): ItemEvent[] {
  if (!mayFile.includes(metadata.role)) refuse('forbidden', 'role-may-not-file', `a ${metadata.role} may not file items`);
  if (state.status !== 'unfiled') {
    refuse('conflict', 'already-filed', `item ${data.planCode}/${data.code} is already filed`);
  }
  if (!isCalendarDate(data.deadline)) refuse('invalid', 'bad-deadline', `deadline ${data.deadline} is not a date`);
  const at = now.toISOString();
  const { responsibleUnitId, supervisingUnitId, ...filed } = data;
  return [
    { type: 'ItemFiled', data: { ...filed, filedAt: at } },
    { type: 'ItemAssigned', data: { itemId: data.itemId, responsibleUnitId, supervisingUnitId, assignedAt: at } },
  ];
}
