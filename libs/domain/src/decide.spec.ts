import { DeciderSpecification } from '@event-driven-io/emmett';
import type { CommandMetadata, Role } from './actor';
import type { FileItem } from './commands';
import { decide } from './decide';
import type { ItemEvent } from './events';
import { evolve } from './evolve';
import { CommandRefused } from './refusal';
import { initialState } from './state';

const now = new Date('2026-11-23T02:00:00.000Z');
const given = DeciderSpecification.for({
  decide: (command: FileItem, state) => decide(command, state, now),
  evolve,
  initialState,
});

const by = (role: Role): CommandMetadata => ({ commandId: 'c-1', actorId: 'p-1', role, requestId: 'r-1' });
const fileItem = (role: Role = 'admin', deadline = '2027-06-30'): FileItem => ({
  type: 'FileItem',
  data: {
    itemId: 'item-1',
    planCode: 'HHHT-2026',
    code: '1',
    title: '黄河流域生态保护',
    finding: '部分河段水质不达标',
    target: '断面水质达到III类',
    deadline,
    responsibleUnitId: 'unit-water',
    supervisingUnitId: 'unit-eco',
  },
  metadata: by(role),
});

const filed: ItemEvent[] = [
  {
    type: 'ItemFiled',
    data: {
      itemId: 'item-1',
      planCode: 'HHHT-2026',
      code: '1',
      title: '黄河流域生态保护',
      finding: '部分河段水质不达标',
      target: '断面水质达到III类',
      deadline: '2027-06-30',
      filedAt: now.toISOString(),
    },
  },
  {
    type: 'ItemAssigned',
    data: {
      itemId: 'item-1',
      responsibleUnitId: 'unit-water',
      supervisingUnitId: 'unit-eco',
      assignedAt: now.toISOString(),
    },
  },
];

const refusedWith = (kind: string, code: string) => (error: Error) =>
  error instanceof CommandRefused && error.kind === kind && error.code === code;

describe('filing an item', () => {
  it.each<Role>(['admin', 'integrator'])('a new item filed by an %s is filed and assigned to its units', (role) =>
    given([]).when(fileItem(role)).then(filed),
  );

  it.each<Role>(['unit', 'supervisor', 'leader'])('a %s may not file an item', (role) =>
    given([]).when(fileItem(role)).thenThrows(refusedWith('forbidden', 'role-may-not-file')),
  );

  it('an item that is already filed cannot be filed again', () =>
    given(filed).when(fileItem()).thenThrows(refusedWith('conflict', 'already-filed')));

  it.each(['2027-02-30', '30/06/2027', ''])('a deadline of "%s" is refused', (deadline) =>
    given([]).when(fileItem('admin', deadline)).thenThrows(refusedWith('invalid', 'bad-deadline')),
  );
});

describe('the item state', () => {
  it('after filing holds the target, deadline and both units', () => {
    const state = filed.reduce(evolve, initialState());
    expect(state).toMatchObject({
      status: 'assigned',
      target: '断面水质达到III类',
      deadline: '2027-06-30',
      responsibleUnitId: 'unit-water',
      supervisingUnitId: 'unit-eco',
    });
  });
});
