import {
  AT,
  ITEM_ID,
  REVISITS,
  asAdmin,
  asIntegrator,
  asLeaderOverSupervisingUnit,
  asResponsibleUnit,
  asSupervisorOfOtherUnit,
  closureRequested,
  given,
  itemClosed,
  itemConsolidated,
  itemReopened,
  lifeUntil,
  recordRevisitResult,
  refusedInStatus,
  refusedWith,
  relapseFound,
  revisitConsolidated,
  revisitDue,
  statusesOtherThan,
  verificationAccepted,
} from './fixtures';

const [firstRevisit, secondRevisit] = REVISITS;
const firstRevisitDue = [...lifeUntil('closed'), revisitDue({ revisitId: 'r1-1' }, firstRevisit.dueAt)];
const lastRevisitDue = [
  ...firstRevisitDue,
  revisitConsolidated({ revisitId: 'r1-1' }, firstRevisit.dueAt),
  revisitDue({ revisitId: 'r1-2' }, secondRevisit.dueAt),
];

describe('RecordRevisitResult (回头看)', () => {
  describe('consolidated (巩固)', () => {
    it('records a holding result and waits for the remaining revisit', () => {
      given(firstRevisitDue)
        .when(recordRevisitResult({ revisitId: 'r1-1', relapsed: false, findings: '水体清澈 (water is clear)' }))
        .then([
          { type: 'RevisitConsolidated', data: { itemId: ITEM_ID, revisitId: 'r1-1', findings: '水体清澈 (water is clear)', at: AT } },
        ]);
    });

    it('consolidates the item when the last revisit finds the result holding', () => {
      given(lastRevisitDue)
        .when(recordRevisitResult({ revisitId: 'r1-2', relapsed: false }))
        .then([
          { type: 'RevisitConsolidated', data: { itemId: ITEM_ID, revisitId: 'r1-2', at: AT } },
          { type: 'ItemConsolidated', data: { itemId: ITEM_ID, at: AT } },
        ]);
    });

    it('does not consolidate the item while an earlier revisit is due but not yet recorded', () => {
      given([...firstRevisitDue, revisitDue({ revisitId: 'r1-2' }, secondRevisit.dueAt)])
        .when(recordRevisitResult({ revisitId: 'r1-2', relapsed: false }))
        .then([revisitConsolidated({ revisitId: 'r1-2' })]);
    });

    it('consolidates at once when the policy asked for a single revisit', () => {
      given([
        ...lifeUntil('awaiting_verification'),
        verificationAccepted(),
        itemClosed({ revisits: [firstRevisit] }),
        revisitDue({ revisitId: 'r1-1' }, firstRevisit.dueAt),
      ])
        .when(recordRevisitResult({ revisitId: 'r1-1', relapsed: false }))
        .then([revisitConsolidated({ revisitId: 'r1-1' }), itemConsolidated()]);
    });
  });

  describe('relapsed (反弹)', () => {
    it('records the relapse and reopens the item with its new deadline', () => {
      given(firstRevisitDue)
        .when(
          recordRevisitResult({ revisitId: 'r1-1', relapsed: true, findings: '黑臭反弹 (the smell is back)', newDeadline: '2027-08-31' }),
        )
        .then([
          { type: 'RelapseFound', data: { itemId: ITEM_ID, revisitId: 'r1-1', findings: '黑臭反弹 (the smell is back)', at: AT } },
          { type: 'ItemReopened', data: { itemId: ITEM_ID, newDeadline: '2027-08-31', relapseCount: 1, at: AT } },
        ]);
    });

    it('counts a second relapse as the second', () => {
      given([
        ...firstRevisitDue,
        relapseFound({ revisitId: 'r1-1' }),
        itemReopened({ newDeadline: '2027-08-31', relapseCount: 1 }),
        closureRequested(),
        verificationAccepted(),
        itemClosed({ revisits: [{ revisitId: 'r2-1', dueAt: '2027-11-30T02:00:00.000Z' }] }),
        revisitDue({ revisitId: 'r2-1' }, '2027-11-30T02:00:00.000Z'),
      ])
        .when(recordRevisitResult({ revisitId: 'r2-1', relapsed: true, newDeadline: '2028-03-31' }))
        .then([relapseFound({ revisitId: 'r2-1' }), itemReopened({ newDeadline: '2028-03-31', relapseCount: 2 })]);
    });

    it('reopens on a relapse found at the last revisit too', () => {
      given(lastRevisitDue)
        .when(recordRevisitResult({ revisitId: 'r1-2', relapsed: true, newDeadline: '2027-12-31' }))
        .then([relapseFound({ revisitId: 'r1-2' }), itemReopened({ newDeadline: '2027-12-31', relapseCount: 1 })]);
    });

    it.each([undefined, '', '2027-02-30', '31/08/2027'])('refuses a relapse without a usable new deadline (%p)', (newDeadline) => {
      given(firstRevisitDue)
        .when(recordRevisitResult({ revisitId: 'r1-1', relapsed: true, newDeadline }))
        .thenThrows(refusedWith('invalid', 'new-deadline-required'));
    });

    it('refuses a relapse whose new deadline has already passed (the item would be overdue at once)', () => {
      given(firstRevisitDue)
        .when(recordRevisitResult({ revisitId: 'r1-1', relapsed: true, newDeadline: '2026-11-22' }))
        .thenThrows(refusedWith('invalid', 'deadline-in-past'));
    });
  });

  it('lets an admin (scope: all) record a revisit', () => {
    given(firstRevisitDue)
      .when(recordRevisitResult({}, asAdmin))
      .then([revisitConsolidated({ revisitId: 'r1-1' })]);
  });

  it.each(statusesOtherThan('closed'))('refuses a revisit result while the item is %s', (status) => {
    given(lifeUntil(status)).when(recordRevisitResult()).thenThrows(refusedInStatus(status));
  });

  it('refuses a result for a revisit the item does not have', () => {
    given(firstRevisitDue)
      .when(recordRevisitResult({ revisitId: 'r9-9' }))
      .thenThrows(refusedWith('conflict', 'no-such-revisit'));
  });

  it('refuses a result for a revisit that is not due yet', () => {
    given(firstRevisitDue)
      .when(recordRevisitResult({ revisitId: 'r1-2' }))
      .thenThrows(refusedWith('conflict', 'revisit-not-due'));
  });

  it('refuses a second result for a revisit already recorded', () => {
    given(lastRevisitDue)
      .when(recordRevisitResult({ revisitId: 'r1-1' }))
      .thenThrows(refusedWith('conflict', 'revisit-not-due'));
  });

  it.each([
    ['the responsible unit', asResponsibleUnit],
    ['a supervisor of another unit', asSupervisorOfOtherUnit],
    ['a leader over the supervising unit', asLeaderOverSupervisingUnit],
    ['an integrator', asIntegrator],
  ])('refuses a revisit result recorded by %s', (_who, metadata) => {
    given(firstRevisitDue).when(recordRevisitResult({}, metadata)).thenThrows(refusedWith('forbidden', 'not-supervising-unit'));
  });
});
