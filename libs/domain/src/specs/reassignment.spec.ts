import {
  AT,
  ITEM_ID,
  OTHER_UNIT,
  acknowledgeItem,
  asAdmin,
  asIntegrator,
  asLeaderOverNeitherUnit,
  asLeaderOverResponsibleUnit,
  asLeaderOverSupervisingUnit,
  asResponsibleUnit,
  asSupervisorOfOtherUnit,
  asSupervisorOfResponsibleUnit,
  asSystem,
  by,
  given,
  lifeUntil,
  reassignItem,
  reassigned,
  refusedInStatus,
  refusedWith,
  reportProgress,
  statusesOtherThan,
} from './fixtures';

describe('ReassignItem (调整责任单位)', () => {
  it.each(['assigned', 'in_progress'] as const)('moves an item that is %s to another responsible unit, with the reason', (status) => {
    given(lifeUntil(status))
      .when(reassignItem({ responsibleUnitId: OTHER_UNIT, reason: '职能调整 (responsibilities moved)' }))
      .then([
        {
          type: 'ItemReassigned',
          data: { itemId: ITEM_ID, fromUnitId: 'unit-water', toUnitId: OTHER_UNIT, reason: '职能调整 (responsibilities moved)', at: AT },
        },
      ]);
  });

  it('records the reason without surrounding blanks', () => {
    given(lifeUntil('in_progress'))
      .when(reassignItem({ reason: '\t职能调整 (responsibilities moved)  ' }))
      .then([reassigned({ reason: '职能调整 (responsibilities moved)' })]);
  });

  it('moves it again, from the unit it was last given to', () => {
    given([...lifeUntil('in_progress'), reassigned({ toUnitId: OTHER_UNIT })])
      .when(reassignItem({ responsibleUnitId: 'unit-housing' }))
      .then([reassigned({ fromUnitId: OTHER_UNIT, toUnitId: 'unit-housing' })]);
  });

  it.each([
    ['a leader over the responsible unit', asLeaderOverResponsibleUnit],
    ['a leader over the supervising unit', asLeaderOverSupervisingUnit],
    ['an admin (scope: all)', asAdmin],
  ])('lets %s reassign', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(reassignItem({}, metadata)).then([reassigned()]);
  });

  it.each(statusesOtherThan('assigned', 'in_progress'))('refuses to reassign an item that is %s', (status) => {
    given(lifeUntil(status)).when(reassignItem()).thenThrows(refusedInStatus(status));
  });

  it('refuses to "reassign" the item to the unit that already has it', () => {
    given(lifeUntil('in_progress'))
      .when(reassignItem({ responsibleUnitId: 'unit-water' }))
      .thenThrows(refusedWith('conflict', 'same-unit'));
  });

  it.each([
    ['a supervisor of another unit', asSupervisorOfOtherUnit],
    ['a supervisor of the responsible unit', asSupervisorOfResponsibleUnit],
    ['a leader over neither unit', asLeaderOverNeitherUnit],
    ['the responsible unit itself', asResponsibleUnit],
    ['a unit whose scope covers both units', by('unit', ['unit-water', 'unit-ecology'])],
    ['an integrator', asIntegrator],
    ['the system clock', asSystem],
  ])('refuses a reassignment by %s', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(reassignItem({}, metadata)).thenThrows(refusedWith('forbidden', 'not-supervisor-or-leader'));
  });

  it.each(['', '   '])('refuses a reassignment without a reason ("%s")', (reason) => {
    given(lifeUntil('in_progress')).when(reassignItem({ reason })).thenThrows(refusedWith('invalid', 'reason-required'));
  });

  describe('after a reassignment', () => {
    const afterReassignment = [...lifeUntil('in_progress'), reassigned({ toUnitId: OTHER_UNIT })];

    it('the former responsible unit may no longer report progress', () => {
      given(afterReassignment).when(reportProgress({}, asResponsibleUnit)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
    });

    it('the new responsible unit must acknowledge the item before reporting on it', () => {
      given(afterReassignment)
        .when(reportProgress({}, by('unit', [OTHER_UNIT])))
        .thenThrows(refusedWith('conflict', 'wrong-status'));
    });

    it('the new responsible unit can acknowledge it', () => {
      given(afterReassignment)
        .when(acknowledgeItem(by('unit', [OTHER_UNIT])))
        .then([{ type: 'ItemAcknowledged', data: { itemId: ITEM_ID, unitId: OTHER_UNIT, at: AT } }]);
    });
  });
});
