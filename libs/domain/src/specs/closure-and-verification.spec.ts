import {
  AT,
  ITEM_ID,
  PLAN_CODE,
  REVISITS,
  asAdmin,
  asCooperatingUnit,
  asIntegrator,
  asLeaderOverResponsibleUnit,
  asLeaderOverSupervisingUnit,
  asOtherUnit,
  asParentOfResponsibleUnit,
  asResponsibleUnit,
  asSupervisor,
  asSupervisorOfOtherUnit,
  asSupervisorOfResponsibleUnit,
  closureRequested,
  deciderAt,
  document,
  extensionRequested,
  given,
  itemClosed,
  itemOverdue,
  itemReopened,
  lifeUntil,
  monitoring,
  photo,
  policy,
  refusedInStatus,
  refusedWith,
  relapseFound,
  requestClosure,
  revisitDue,
  statusesOtherThan,
  verificationAccepted,
  verificationRejected,
  verifyItem,
} from './fixtures';

describe('RequestClosure (销号申请) without a public-notice policy', () => {
  it('records the closure request with its evidence and note, and goes straight to verification', () => {
    given(lifeUntil('in_progress'))
      .when(requestClosure({ evidence: [photo, document], note: '已全面完成整改 (fully rectified)' }))
      .then([
        {
          type: 'ClosureRequested',
          data: { itemId: ITEM_ID, evidence: [photo, document], note: '已全面完成整改 (fully rectified)', at: AT },
        },
      ]);
  });

  it('accepts the request when the evidence covers every kind the policy requires', () => {
    given(lifeUntil('in_progress', { policy: { ...policy, requiredEvidenceKinds: ['photo', 'monitoring'] } }))
      .when(requestClosure({ evidence: [monitoring, photo, document] }))
      .then([closureRequested({ evidence: [monitoring, photo, document] })]);
  });

  it('lets an overdue item apply for closure', () => {
    given([...lifeUntil('in_progress'), itemOverdue()])
      .when(requestClosure())
      .then([closureRequested()]);
  });

  it('lets an item with a pending extension request apply for closure', () => {
    given([...lifeUntil('in_progress'), extensionRequested()])
      .when(requestClosure())
      .then([closureRequested()]);
  });

  it.each([
    ['a principal whose scope includes the responsible unit', asParentOfResponsibleUnit],
    ['an admin (scope: all)', asAdmin],
  ])('lets %s apply on behalf of the responsible unit', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(requestClosure({}, metadata)).then([closureRequested()]);
  });

  it.each(statusesOtherThan('in_progress'))('refuses a closure request while the item is %s', (status) => {
    given(lifeUntil(status)).when(requestClosure()).thenThrows(refusedInStatus(status));
  });

  it('refuses to close a long-term item (长期坚持), which reports on its cadence instead', () => {
    given(lifeUntil('in_progress', { kind: 'long_term', deadline: null, milestones: [] }))
      .when(requestClosure())
      .thenThrows(refusedWith('conflict', 'long-term'));
  });

  it.each([
    ['another unit', asOtherUnit],
    ['a cooperating unit', asCooperatingUnit],
    ['the supervising unit', asSupervisor],
    ['a leader over the responsible unit', asLeaderOverResponsibleUnit],
    ['an integrator', asIntegrator],
  ])('refuses a closure request by %s', (_who, metadata) => {
    given(lifeUntil('in_progress')).when(requestClosure({}, metadata)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });

  it('refuses a closure request without evidence (佐证材料)', () => {
    given(lifeUntil('in_progress'))
      .when(requestClosure({ evidence: [] }))
      .thenThrows(refusedWith('invalid', 'evidence-required'));
  });

  it('refuses a closure request that lacks an evidence kind the policy requires', () => {
    given(lifeUntil('in_progress', { policy: { ...policy, requiredEvidenceKinds: ['photo', 'monitoring'] } }))
      .when(requestClosure({ evidence: [photo, document] }))
      .thenThrows(refusedWith('invalid', 'evidence-missing'));
  });
});

describe('VerifyItem (验收)', () => {
  describe('acceptance', () => {
    it('accepts the work, closes the item, files it with its plan and schedules the revisits (回头看)', () => {
      given(lifeUntil('awaiting_verification'))
        .when(verifyItem({ accept: true, reasons: [], note: '现场核查合格 (on-site check passed)' }))
        .then([
          { type: 'VerificationAccepted', data: { itemId: ITEM_ID, note: '现场核查合格 (on-site check passed)', at: AT } },
          {
            type: 'ItemClosed',
            data: {
              itemId: ITEM_ID,
              filedWith: PLAN_CODE,
              revisits: [
                { revisitId: 'r1-1', dueAt: '2027-02-23T02:00:00.000Z' },
                { revisitId: 'r1-2', dueAt: '2027-05-23T02:00:00.000Z' },
              ],
              at: AT,
            },
          },
        ]);
    });

    it('schedules revisits from the moment of acceptance, not of the closure request', () => {
      const later = new Date('2026-12-01T08:30:00.000Z');
      deciderAt(later)(lifeUntil('awaiting_verification'))
        .when(verifyItem())
        .then([
          verificationAccepted({}, later.toISOString()),
          itemClosed(
            {
              revisits: [
                { revisitId: 'r1-1', dueAt: '2027-03-01T08:30:00.000Z' },
                { revisitId: 'r1-2', dueAt: '2027-06-01T08:30:00.000Z' },
              ],
            },
            later.toISOString(),
          ),
        ]);
    });

    it('closes without revisits when the policy asks for none', () => {
      given(lifeUntil('awaiting_verification', { policy: { ...policy, revisitAfter: [] } }))
        .when(verifyItem())
        .then([verificationAccepted(), itemClosed({ revisits: [] })]);
    });

    it('keeps numbering the first round of revisits after an earlier rejection', () => {
      given([...lifeUntil('awaiting_verification'), verificationRejected(), closureRequested()])
        .when(verifyItem())
        .then([verificationAccepted(), itemClosed({ revisits: REVISITS })]);
    });

    it('after a relapse, closing again schedules a second round of revisits (r2-…)', () => {
      given([
        ...lifeUntil('closed'),
        revisitDue({ revisitId: 'r1-1' }),
        relapseFound({ revisitId: 'r1-1' }),
        itemReopened({ newDeadline: '2027-08-31', relapseCount: 1 }),
        closureRequested(),
      ])
        .when(verifyItem())
        .then([
          verificationAccepted(),
          itemClosed({
            revisits: [
              { revisitId: 'r2-1', dueAt: '2027-02-23T02:00:00.000Z' },
              { revisitId: 'r2-2', dueAt: '2027-05-23T02:00:00.000Z' },
            ],
          }),
        ]);
    });

    // Months stop at the last day of the target month: closed on 30 November, revisited on 28 February.
    it('schedules the three-month revisit of an item closed on 30 November on 28 February', () => {
      const endOfNovember = new Date('2026-11-30T02:00:00.000Z');
      deciderAt(endOfNovember)(lifeUntil('awaiting_verification', { policy: { ...policy, revisitAfter: ['P3M'] } }))
        .when(verifyItem())
        .then([
          verificationAccepted({}, endOfNovember.toISOString()),
          itemClosed({ revisits: [{ revisitId: 'r1-1', dueAt: '2027-02-28T02:00:00.000Z' }] }, endOfNovember.toISOString()),
        ]);
    });

    it.each([
      ['an admin (scope: all)', asAdmin],
      ['a supervisor whose scope includes the supervising unit among others', { ...asSupervisor, scope: ['unit-x', 'unit-ecology'] }],
    ])('lets %s verify', (_who, metadata) => {
      given(lifeUntil('awaiting_verification')).when(verifyItem({}, metadata)).then([verificationAccepted(), itemClosed()]);
    });
  });

  describe('rejection', () => {
    it('rejects the work with its reasons and sends the item back to work', () => {
      given(lifeUntil('awaiting_verification'))
        .when(verifyItem({ accept: false, reasons: ['仍有污水直排 (sewage still discharged)', '缺少监测数据 (no monitoring data)'] }))
        .then([
          {
            type: 'VerificationRejected',
            data: { itemId: ITEM_ID, reasons: ['仍有污水直排 (sewage still discharged)', '缺少监测数据 (no monitoring data)'], at: AT },
          },
        ]);
    });

    it('records the reasons trimmed, leaving out blank ones', () => {
      given(lifeUntil('awaiting_verification'))
        .when(verifyItem({ accept: false, reasons: ['  仍有污水直排 ', '', '   '] }))
        .then([verificationRejected({ reasons: ['仍有污水直排'] })]);
    });

    it.each([[[]], [['', '  ']]])('refuses a rejection without reasons (%j)', (reasons) => {
      given(lifeUntil('awaiting_verification'))
        .when(verifyItem({ accept: false, reasons }))
        .thenThrows(refusedWith('invalid', 'reasons-required'));
    });
  });

  it.each(statusesOtherThan('awaiting_verification'))('refuses to verify an item that is %s', (status) => {
    given(lifeUntil(status)).when(verifyItem()).thenThrows(refusedInStatus(status));
  });

  it.each([
    ['the responsible unit', asResponsibleUnit],
    ['a supervisor of another unit', asSupervisorOfOtherUnit],
    ['a supervisor of the responsible unit', asSupervisorOfResponsibleUnit],
    ['a leader over the supervising unit', asLeaderOverSupervisingUnit],
    ['an integrator', asIntegrator],
  ])('refuses a verification by %s', (_who, metadata) => {
    given(lifeUntil('awaiting_verification')).when(verifyItem({}, metadata)).thenThrows(refusedWith('forbidden', 'not-supervising-unit'));
  });
});
