import {
  AT,
  ITEM_ID,
  MILESTONE,
  asAdmin,
  asIntegrator,
  asLeaderOverResponsibleUnit,
  asResponsibleUnit,
  asSupervisor,
  asSystem,
  assigned,
  definition,
  fileItem,
  filed,
  given,
  lifeUntil,
  policy,
  refusedWith,
  responsibility,
  statusesOtherThan,
} from './fixtures';

describe('FileItem (建档立案、落实责任)', () => {
  describe('on an item not yet filed', () => {
    it('files the item with its definition and policy, and assigns it to its units', () => {
      given([])
        .when(fileItem())
        .then([
          {
            type: 'ItemFiled',
            data: {
              itemId: ITEM_ID,
              planCode: definition.planCode,
              code: '3-1',
              title: definition.title,
              finding: definition.finding,
              target: definition.target,
              measures: definition.measures,
              kind: 'time_bound',
              indicator: definition.indicator,
              deadline: '2027-06-30',
              milestones: [MILESTONE],
              policy,
              at: AT,
            },
          },
          {
            type: 'ItemAssigned',
            data: {
              itemId: ITEM_ID,
              responsibleUnitId: 'unit-water',
              cooperatingUnitIds: ['unit-agriculture'],
              responsiblePerson: responsibility.responsiblePerson,
              supervisingUnitId: 'unit-ecology',
              leaderInCharge: 'leader-li',
              at: AT,
            },
          },
        ]);
    });

    it('lets an integrating government system file items through the API', () => {
      given([]).when(fileItem({}, asIntegrator)).then([filed(), assigned()]);
    });

    it('files a long-term item (长期坚持) without a deadline', () => {
      given([])
        .when(fileItem({ kind: 'long_term', deadline: null, milestones: [] }))
        .then([filed({ kind: 'long_term', deadline: null, milestones: [] }), assigned()]);
    });

    it('files an immediate item (立行立改) with a short deadline and no milestones', () => {
      given([])
        .when(fileItem({ kind: 'immediate', deadline: '2026-11-30', milestones: [] }))
        .then([filed({ kind: 'immediate', deadline: '2026-11-30', milestones: [] }), assigned()]);
    });

    it('accepts a milestone that falls on the deadline day itself', () => {
      const lastStage = { id: 'm2', title: '验收 (acceptance)', due: '2027-06-30' };
      given([])
        .when(fileItem({ milestones: [MILESTONE, lastStage] }))
        .then([filed({ milestones: [MILESTONE, lastStage] }), assigned()]);
    });
  });

  describe('refuses to file twice', () => {
    it.each(statusesOtherThan('unfiled'))('refuses to file again an item that is %s', (status) => {
      given(lifeUntil(status)).when(fileItem()).thenThrows(refusedWith('conflict', 'already-filed'));
    });
  });

  describe('only an admin or an integrator files items', () => {
    it.each([
      ['a responsible unit', asResponsibleUnit],
      ['a supervisor', asSupervisor],
      ['a leader', asLeaderOverResponsibleUnit],
      ['the system clock', asSystem],
    ])('refuses filing by %s', (_who, metadata) => {
      given([]).when(fileItem({}, metadata)).thenThrows(refusedWith('forbidden', 'role-not-allowed'));
    });

    it('lets an admin (scope: all) file', () => {
      given([]).when(fileItem({}, asAdmin)).then([filed(), assigned()]);
    });
  });

  describe('refuses an item whose dates do not make sense', () => {
    it('refuses a time-bound item without a deadline', () => {
      given([])
        .when(fileItem({ deadline: null }))
        .thenThrows(refusedWith('invalid', 'bad-deadline'));
    });

    it.each(['2027-02-30', '2027/06/30', '30-06-2027', '2027-6-30', ''])('refuses the deadline "%s", which is not a date', (deadline) => {
      given([]).when(fileItem({ deadline })).thenThrows(refusedWith('invalid', 'bad-deadline'));
    });

    it('refuses a long-term item that has a deadline', () => {
      given([])
        .when(fileItem({ kind: 'long_term', deadline: '2027-06-30', milestones: [] }))
        .thenThrows(refusedWith('invalid', 'long-term-has-no-deadline'));
    });

    it('refuses a milestone that falls after the deadline', () => {
      given([])
        .when(fileItem({ milestones: [{ id: 'm1', title: 'late stage', due: '2027-07-01' }] }))
        .thenThrows(refusedWith('invalid', 'bad-milestone'));
    });

    it('refuses a milestone whose date is not a date', () => {
      given([])
        .when(fileItem({ milestones: [{ id: 'm1', title: 'stage', due: '2027-02-29' }] }))
        .thenThrows(refusedWith('invalid', 'bad-milestone'));
    });

    it('refuses two milestones with the same id', () => {
      given([])
        .when(fileItem({ milestones: [MILESTONE, { ...MILESTONE, title: 'again', due: '2027-04-30' }] }))
        .thenThrows(refusedWith('invalid', 'bad-milestone'));
    });
  });
});
