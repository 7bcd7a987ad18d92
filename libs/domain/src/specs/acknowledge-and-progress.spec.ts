import {
  AT,
  ITEM_ID,
  MILESTONE,
  OTHER_UNIT,
  acknowledgeItem,
  acknowledged,
  asAdmin,
  asCooperatingUnit,
  asIntegrator,
  asLeaderOverResponsibleUnit,
  asOtherUnit,
  asParentOfResponsibleUnit,
  asResponsibleUnit,
  asSupervisor,
  asSystem,
  by,
  document,
  given,
  lifeUntil,
  monitoring,
  photo,
  progressReported,
  reassigned,
  refusedInStatus,
  refusedWith,
  reportProgress,
  statusesOtherThan,
} from './fixtures';

describe('AcknowledgeItem (责任单位签收)', () => {
  it('records that the responsible unit has taken the item on', () => {
    given(lifeUntil('assigned'))
      .when(acknowledgeItem())
      .then([{ type: 'ItemAcknowledged', data: { itemId: ITEM_ID, unitId: 'unit-water', at: AT } }]);
  });

  it('lets a principal whose scope includes the responsible unit as a sub-unit acknowledge for it', () => {
    given(lifeUntil('assigned')).when(acknowledgeItem(asParentOfResponsibleUnit)).then([acknowledged()]);
  });

  it('lets an admin (scope: all) acknowledge on behalf of the responsible unit', () => {
    given(lifeUntil('assigned'))
      .when(acknowledgeItem(asAdmin))
      .then([acknowledged({ unitId: 'unit-water' })]);
  });

  it('after a reassignment, records the new responsible unit as the one that acknowledged', () => {
    given([...lifeUntil('in_progress'), reassigned()])
      .when(acknowledgeItem(by('unit', [OTHER_UNIT])))
      .then([acknowledged({ unitId: OTHER_UNIT })]);
  });

  it.each(statusesOtherThan('assigned'))('refuses to acknowledge an item that is %s', (status) => {
    given(lifeUntil(status)).when(acknowledgeItem(asAdmin)).thenThrows(refusedInStatus(status));
  });

  it.each([
    ['another unit', asOtherUnit],
    ['a cooperating unit', asCooperatingUnit],
    ['the supervising unit', asSupervisor],
    ['a leader over the responsible unit', asLeaderOverResponsibleUnit],
    ['an integrator', asIntegrator],
    ['the system clock', asSystem],
  ])('refuses an acknowledgement by %s', (_who, metadata) => {
    given(lifeUntil('assigned')).when(acknowledgeItem(metadata)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });

  it('refuses an acknowledgement by the unit the item was taken away from', () => {
    given([...lifeUntil('in_progress'), reassigned()])
      .when(acknowledgeItem(asResponsibleUnit))
      .thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });
});

describe('ReportProgress (进展报告)', () => {
  describe('while the item is in progress', () => {
    it('records the percent, the indicator value, the note, the evidence and the milestones reached', () => {
      given(lifeUntil('in_progress'))
        .when(
          reportProgress({
            percent: 60,
            indicatorValue: 78.5,
            note: '完成清淤 3 万立方米 (30,000 m³ dredged)',
            evidence: [photo, monitoring],
            milestonesReached: ['m1'],
          }),
        )
        .then([
          {
            type: 'ProgressReported',
            data: {
              itemId: ITEM_ID,
              percent: 60,
              indicatorValue: 78.5,
              note: '完成清淤 3 万立方米 (30,000 m³ dredged)',
              evidence: [photo, monitoring],
              milestonesReached: ['m1'],
              at: AT,
            },
          },
        ]);
    });

    it('accepts a report with no evidence and no milestone', () => {
      given(lifeUntil('in_progress'))
        .when(reportProgress({ percent: 10, evidence: [], milestonesReached: [] }))
        .then([progressReported({ percent: 10, evidence: [], milestonesReached: [] })]);
    });

    it.each([0, 100])('accepts %s percent', (percent) => {
      given(lifeUntil('in_progress'))
        .when(reportProgress({ percent }))
        .then([progressReported({ percent })]);
    });

    it('lets a long-term item (长期坚持) report on its cadence', () => {
      given(lifeUntil('in_progress', { kind: 'long_term', deadline: null, milestones: [] }))
        .when(reportProgress({ percent: 50, evidence: [document] }))
        .then([progressReported({ percent: 50, evidence: [document] })]);
    });

    it('lets a principal whose scope includes the responsible unit report', () => {
      given(lifeUntil('in_progress')).when(reportProgress({}, asParentOfResponsibleUnit)).then([progressReported()]);
    });

    it('lets an admin (scope: all) report on behalf of the responsible unit', () => {
      given(lifeUntil('in_progress')).when(reportProgress({}, asAdmin)).then([progressReported()]);
    });
  });

  it.each(statusesOtherThan('in_progress'))('refuses a progress report while the item is %s', (status) => {
    given(lifeUntil(status)).when(reportProgress()).thenThrows(refusedInStatus(status));
  });

  it.each([
    ['another unit', asOtherUnit],
    ['a cooperating unit', asCooperatingUnit],
    ['the supervising unit', asSupervisor],
    ['a leader over the responsible unit', asLeaderOverResponsibleUnit],
    ['an integrator', asIntegrator],
  ])('refuses a progress report by %s', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(reportProgress({}, metadata)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });

  describe('refuses a report that cannot be right', () => {
    it.each([-1, 100.5, 101, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s percent', (percent) => {
      given(lifeUntil('in_progress')).when(reportProgress({ percent })).thenThrows(refusedWith('invalid', 'bad-percent'));
    });

    it('refuses an indicator value on an item that has no quantitative indicator', () => {
      given(lifeUntil('in_progress', { indicator: undefined }))
        .when(reportProgress({ indicatorValue: 80 }))
        .thenThrows(refusedWith('invalid', 'no-indicator'));
    });

    it('refuses a milestone the item does not have', () => {
      given(lifeUntil('in_progress'))
        .when(reportProgress({ milestonesReached: [MILESTONE.id, 'm9'] }))
        .thenThrows(refusedWith('invalid', 'unknown-milestone'));
    });
  });
});
