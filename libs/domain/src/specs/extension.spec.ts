import {
  AT,
  DEADLINE,
  ITEM_ID,
  acknowledged,
  asAdmin,
  asCooperatingUnit,
  asIntegrator,
  asLeaderOverResponsibleUnit,
  asLeaderOverSupervisingUnit,
  asOtherUnit,
  asResponsibleUnit,
  asSupervisor,
  asSupervisorOfOtherUnit,
  asSupervisorOfResponsibleUnit,
  closureRequested,
  decideExtension,
  extensionApproved,
  extensionRejected,
  extensionRequested,
  given,
  itemOverdue,
  lifeUntil,
  reassigned,
  refusedInStatus,
  refusedWith,
  requestExtension,
  statusesOtherThan,
} from './fixtures';

describe('RequestExtension (延期申请)', () => {
  describe('while the item is in progress', () => {
    it('records the request with its proposed deadline and reason', () => {
      given(lifeUntil('in_progress'))
        .when(requestExtension({ requestId: 'ext-7', proposedDeadline: '2027-12-31', reason: '汛期无法施工' }))
        .then([
          {
            type: 'ExtensionRequested',
            data: { itemId: ITEM_ID, requestId: 'ext-7', proposedDeadline: '2027-12-31', reason: '汛期无法施工', at: AT },
          },
        ]);
    });

    it('records the reason without surrounding blanks', () => {
      given(lifeUntil('in_progress'))
        .when(requestExtension({ reason: '  汛期无法施工 (no works possible in the flood season)\n' }))
        .then([extensionRequested({ reason: '汛期无法施工 (no works possible in the flood season)' })]);
    });

    it('accepts a deadline one day later than the current one', () => {
      given(lifeUntil('in_progress'))
        .when(requestExtension({ proposedDeadline: '2027-07-01' }))
        .then([extensionRequested({ proposedDeadline: '2027-07-01' })]);
    });

    it('lets an overdue item ask for more time', () => {
      given([...lifeUntil('in_progress'), itemOverdue()])
        .when(requestExtension())
        .then([extensionRequested()]);
    });

    it('accepts a new request once the previous one was rejected', () => {
      given([...lifeUntil('in_progress'), extensionRequested(), extensionRejected()])
        .when(requestExtension({ requestId: 'ext-2' }))
        .then([extensionRequested({ requestId: 'ext-2' })]);
    });

    it('lets an admin (scope: all) request on behalf of the responsible unit', () => {
      given(lifeUntil('in_progress')).when(requestExtension({}, asAdmin)).then([extensionRequested()]);
    });
  });

  it.each(statusesOtherThan('in_progress'))('refuses an extension request while the item is %s', (status) => {
    given(lifeUntil(status)).when(requestExtension()).thenThrows(refusedInStatus(status));
  });

  it('refuses a second request while one still awaits a decision', () => {
    given([...lifeUntil('in_progress'), extensionRequested()])
      .when(requestExtension({ requestId: 'ext-2', proposedDeadline: '2027-10-31' }))
      .thenThrows(refusedWith('conflict', 'extension-pending'));
  });

  it('refuses to extend a long-term item, which has no deadline', () => {
    given(lifeUntil('in_progress', { kind: 'long_term', deadline: null, milestones: [] }))
      .when(requestExtension())
      .thenThrows(refusedWith('conflict', 'no-deadline'));
  });

  it.each([
    ['another unit', asOtherUnit],
    ['a cooperating unit', asCooperatingUnit],
    ['the supervising unit', asSupervisor],
    ['a leader over the responsible unit', asLeaderOverResponsibleUnit],
    ['an integrator', asIntegrator],
  ])('refuses an extension request by %s', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(requestExtension({}, metadata)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });

  describe('refuses a request that cannot be right', () => {
    it.each([
      ['the current deadline', DEADLINE],
      ['an earlier date', '2027-03-31'],
    ])('refuses a proposed deadline equal to %s', (_what, proposedDeadline) => {
      given(lifeUntil('in_progress')).when(requestExtension({ proposedDeadline })).thenThrows(refusedWith('invalid', 'not-later'));
    });

    it('measures "later" against the deadline as already extended, not the original one', () => {
      given([...lifeUntil('in_progress'), extensionRequested(), extensionApproved({ newDeadline: '2027-09-30' })])
        .when(requestExtension({ requestId: 'ext-2', proposedDeadline: '2027-08-31' }))
        .thenThrows(refusedWith('invalid', 'not-later'));
    });

    it.each(['2027-09-31', '2027.09.30', 'next autumn'])('refuses the proposed deadline "%s", which is not a date', (proposedDeadline) => {
      given(lifeUntil('in_progress')).when(requestExtension({ proposedDeadline })).thenThrows(refusedWith('invalid', 'bad-deadline'));
    });

    it.each(['', '   '])('refuses a request without a reason ("%s")', (reason) => {
      given(lifeUntil('in_progress')).when(requestExtension({ reason })).thenThrows(refusedWith('invalid', 'reason-required'));
    });
  });
});

describe('DecideExtension (审批延期)', () => {
  const pending = [...lifeUntil('in_progress'), extensionRequested({ requestId: 'ext-1', proposedDeadline: '2027-09-30' })];

  it('on approval, moves the deadline and keeps the previous one in the event', () => {
    given(pending)
      .when(decideExtension({ requestId: 'ext-1', approve: true }))
      .then([
        {
          type: 'ExtensionApproved',
          data: { itemId: ITEM_ID, requestId: 'ext-1', previousDeadline: '2027-06-30', newDeadline: '2027-09-30', at: AT },
        },
      ]);
  });

  it('on a second approval, the previous deadline is the one the first approval set', () => {
    given([
      ...pending,
      extensionApproved({ previousDeadline: DEADLINE, newDeadline: '2027-09-30' }),
      extensionRequested({ requestId: 'ext-2', proposedDeadline: '2027-12-31' }),
    ])
      .when(decideExtension({ requestId: 'ext-2', approve: true }))
      .then([extensionApproved({ requestId: 'ext-2', previousDeadline: '2027-09-30', newDeadline: '2027-12-31' })]);
  });

  it('on rejection, records the reason', () => {
    given(pending)
      .when(decideExtension({ requestId: 'ext-1', approve: false, reason: ' 理由不充分 (not justified) ' }))
      .then([{ type: 'ExtensionRejected', data: { itemId: ITEM_ID, requestId: 'ext-1', reason: '理由不充分 (not justified)', at: AT } }]);
  });

  it('lets an admin (scope: all) decide for the supervising unit', () => {
    given(pending).when(decideExtension({}, asAdmin)).then([extensionApproved()]);
  });

  it('lets a supervisor whose scope includes the supervising unit among others decide', () => {
    given(pending)
      .when(decideExtension({}, { ...asSupervisor, scope: ['unit-province-ecology', 'unit-ecology'] }))
      .then([extensionApproved()]);
  });

  it.each(statusesOtherThan('in_progress'))('refuses a decision while the item is %s, as nothing awaits one', (status) => {
    given(lifeUntil(status))
      .when(decideExtension())
      .thenThrows(status === 'unfiled' ? refusedWith('conflict', 'not-filed') : refusedWith('conflict', 'no-such-request'));
  });

  it('refuses a decision when no request was made', () => {
    given(lifeUntil('in_progress')).when(decideExtension()).thenThrows(refusedWith('conflict', 'no-such-request'));
  });

  it('refuses a decision on another request than the pending one', () => {
    given(pending)
      .when(decideExtension({ requestId: 'ext-9' }))
      .thenThrows(refusedWith('conflict', 'no-such-request'));
  });

  it.each([
    ['approved', extensionApproved()],
    ['rejected', extensionRejected()],
  ])('refuses to decide again a request already %s', (_how, decision) => {
    given([...pending, decision])
      .when(decideExtension())
      .thenThrows(refusedWith('conflict', 'no-such-request'));
  });

  it('refuses a decision once a closure request withdrew the pending extension request', () => {
    given([...pending, closureRequested()])
      .when(decideExtension())
      .thenThrows(refusedWith('conflict', 'no-such-request'));
  });

  it('refuses a decision once the item was reassigned, which drops the pending request', () => {
    given([...pending, reassigned(), acknowledged({ unitId: 'unit-roads' })])
      .when(decideExtension())
      .thenThrows(refusedWith('conflict', 'no-such-request'));
  });

  it.each([
    ['the responsible unit', asResponsibleUnit],
    ['a supervisor of another unit', asSupervisorOfOtherUnit],
    ['a supervisor of the responsible unit', asSupervisorOfResponsibleUnit],
    ['a leader over the supervising unit', asLeaderOverSupervisingUnit],
    ['an integrator', asIntegrator],
  ])('refuses a decision by %s', (_who, metadata) => {
    given(pending).when(decideExtension({}, metadata)).thenThrows(refusedWith('forbidden', 'not-supervising-unit'));
  });

  it.each([undefined, '', '  '])('refuses a rejection without a reason (%p)', (reason) => {
    given(pending)
      .when(decideExtension({ approve: false, reason }))
      .thenThrows(refusedWith('invalid', 'reason-required'));
  });

  it('approves without a reason', () => {
    given(pending)
      .when(decideExtension({ approve: true, reason: undefined }))
      .then([extensionApproved()]);
  });
});
