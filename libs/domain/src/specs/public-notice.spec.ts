import { notificationIntents } from '../notifications';
import {
  AT,
  ITEM_ID,
  answerObjection,
  NOTICE_ENDS_AT,
  asAdmin,
  asIntegrator,
  asLeaderOverNeitherUnit,
  asLeaderOverResponsibleUnit,
  asResponsibleUnit,
  asSupervisor,
  asSupervisorOfOtherUnit,
  asSystem,
  closureRequested,
  deciderAt,
  document,
  given,
  itemClosed,
  lifeUntil,
  noticePolicy,
  objectionAnswered,
  objectionRaised,
  photo,
  publicNoticeEnded,
  publicNoticeStarted,
  raiseObjection,
  recordTimeFacts,
  refusedInStatus,
  refusedWith,
  requestClosure,
  stateAfter,
  statusesOtherThan,
  verificationAccepted,
  verifyItem,
} from './fixtures';

const inProgressUnderNotice = lifeUntil('in_progress', { policy: noticePolicy });

describe('RequestClosure (销号申请) with a public-notice policy (公示)', () => {
  it('records the closure request and publishes the completion until the notice period is over', () => {
    given(inProgressUnderNotice)
      .when(requestClosure({ evidence: [photo, document], note: '拟销号公示 (to be closed, published)' }))
      .then([
        {
          type: 'ClosureRequested',
          data: { itemId: ITEM_ID, evidence: [photo, document], note: '拟销号公示 (to be closed, published)', at: AT },
        },
        { type: 'PublicNoticeStarted', data: { itemId: ITEM_ID, endsAt: '2026-11-28T02:00:00.000Z', at: AT } },
      ]);
  });

  it('counts the notice period from the moment of the request', () => {
    const requestedAt = new Date('2026-12-10T07:15:00.000Z');
    deciderAt(requestedAt)(lifeUntil('in_progress', { policy: { ...noticePolicy, publicNoticePeriod: 'P7D' } }))
      .when(requestClosure())
      .then([
        closureRequested({}, requestedAt.toISOString()),
        publicNoticeStarted({ endsAt: '2026-12-17T07:15:00.000Z' }, requestedAt.toISOString()),
      ]);
  });
});

describe('RaiseObjection (公示期异议)', () => {
  it('records an objection during the notice, which sends the item back to work', () => {
    given(lifeUntil('in_public_notice'))
      .when(raiseObjection({ reason: '群众反映仍有异味 (residents report the smell is back)' }))
      .then([
        { type: 'ObjectionRaised', data: { itemId: ITEM_ID, reason: '群众反映仍有异味 (residents report the smell is back)', at: AT } },
      ]);
  });

  it('records the reason without surrounding blanks', () => {
    given(lifeUntil('in_public_notice'))
      .when(raiseObjection({ reason: '  仍有异味\n' }))
      .then([objectionRaised({ reason: '仍有异味' })]);
  });

  it.each([
    ['an integrator relaying a complaint (信访)', asIntegrator],
    ['a supervisor', asSupervisor],
    ['a leader', asLeaderOverResponsibleUnit],
    ['an admin (scope: all)', asAdmin],
  ])('lets %s record an objection', (_who, metadata) => {
    given(lifeUntil('in_public_notice')).when(raiseObjection({}, metadata)).then([objectionRaised()]);
  });

  it("accepts an objection from a leader over neither unit: objections come from the public, not from the item's units", () => {
    given(lifeUntil('in_public_notice')).when(raiseObjection({}, asLeaderOverNeitherUnit)).then([objectionRaised()]);
  });

  it.each(statusesOtherThan('in_public_notice'))('refuses an objection while the item is %s', (status) => {
    given(lifeUntil(status)).when(raiseObjection()).thenThrows(refusedInStatus(status));
  });

  it('refuses an objection once the notice period has ended', () => {
    given([...lifeUntil('in_public_notice'), publicNoticeEnded({}, NOTICE_ENDS_AT)])
      .when(raiseObjection())
      .thenThrows(refusedWith('conflict', 'wrong-status'));
  });

  it.each([
    ['the responsible unit itself', asResponsibleUnit],
    ['the system clock', asSystem],
  ])('refuses an objection recorded by %s', (_who, metadata) => {
    given(lifeUntil('in_public_notice')).when(raiseObjection({}, metadata)).thenThrows(refusedWith('forbidden', 'role-not-allowed'));
  });

  it.each(['', '  '])('refuses an objection without a reason ("%s")', (reason) => {
    given(lifeUntil('in_public_notice')).when(raiseObjection({ reason })).thenThrows(refusedWith('invalid', 'reason-required'));
  });
});

describe('AnswerObjection (答复异议)', () => {
  const objected = [...lifeUntil('in_public_notice'), objectionRaised()];

  it('records the answer beside the objection it answers', () => {
    given(objected)
      .when(answerObjection({ answer: '  已查明系管网渗漏，完成修复并复测达标\n' }))
      .then([objectionAnswered({ answer: '已查明系管网渗漏，完成修复并复测达标' })]);
  });

  it('answers the latest objection when the item was objected to twice', () => {
    given([
      ...objected,
      objectionAnswered(),
      closureRequested(),
      publicNoticeStarted({ endsAt: NOTICE_ENDS_AT }),
      objectionRaised({ reason: '夜间仍有偷排 (discharges at night)' }),
    ])
      .when(answerObjection({ answer: '已安装在线监测 (online monitoring installed)' }))
      .then([
        objectionAnswered({ objection: '夜间仍有偷排 (discharges at night)', answer: '已安装在线监测 (online monitoring installed)' }),
      ]);
  });

  it('may answer after applying for closure again, while the new notice runs', () => {
    given([...objected, closureRequested(), publicNoticeStarted({ endsAt: NOTICE_ENDS_AT })])
      .when(answerObjection())
      .then([objectionAnswered()]);
  });

  it('refuses a second answer to the same objection', () => {
    given([...objected, objectionAnswered()])
      .when(answerObjection())
      .thenThrows(refusedWith('conflict', 'no-open-objection'));
  });

  it('refuses an answer when nobody objected', () => {
    given(lifeUntil('in_progress')).when(answerObjection()).thenThrows(refusedWith('conflict', 'no-open-objection'));
  });

  it('may answer while the renewed closure request waits for verification', () => {
    given([...objected, closureRequested(), publicNoticeStarted({ endsAt: NOTICE_ENDS_AT }), publicNoticeEnded({}, NOTICE_ENDS_AT)])
      .when(answerObjection())
      .then([objectionAnswered()]);
  });

  it('refuses an answer once the item is closed: the objection is moot', () => {
    given([
      ...objected,
      closureRequested(),
      publicNoticeStarted({ endsAt: NOTICE_ENDS_AT }),
      publicNoticeEnded({}, NOTICE_ENDS_AT),
      verificationAccepted(),
      itemClosed(),
    ])
      .when(answerObjection())
      .thenThrows(refusedWith('conflict', 'wrong-status'));
  });

  it.each([
    ['the supervising unit', asSupervisor],
    ['an integrator', asIntegrator],
  ])('refuses an answer from %s: it is the responsible unit’s', (_who, metadata) => {
    given(objected).when(answerObjection({}, metadata)).thenThrows(refusedWith('forbidden', 'not-responsible-unit'));
  });

  it('tells the responsible unit of the objection, and the supervising unit of the answer', () => {
    const item = stateAfter(objected);
    expect(notificationIntents(objectionRaised(), item)).toEqual([
      expect.objectContaining({
        kind: 'objection.raised',
        audience: ['responsible_unit', 'supervising_unit'],
        body: objectionRaised().data.reason,
      }),
    ]);
    expect(notificationIntents(objectionAnswered(), item)).toEqual([
      expect.objectContaining({ kind: 'objection.answered', audience: ['supervising_unit'], body: objectionAnswered().data.answer }),
    ]);
  });

  it.each(['', '  '])('refuses an empty answer ("%s")', (answer) => {
    given(objected).when(answerObjection({ answer })).thenThrows(refusedWith('invalid', 'answer-required'));
  });
});

describe('the end of the public notice', () => {
  it('ends the notice when its period is over', () => {
    const end = new Date(NOTICE_ENDS_AT);
    deciderAt(end)(lifeUntil('in_public_notice'))
      .when(recordTimeFacts())
      .then([{ type: 'PublicNoticeEnded', data: { itemId: ITEM_ID, at: NOTICE_ENDS_AT } }]);
  });

  it('does not end the notice a millisecond early', () => {
    deciderAt(new Date(Date.parse(NOTICE_ENDS_AT) - 1))(lifeUntil('in_public_notice'))
      .when(recordTimeFacts())
      .then([]);
  });

  it('refuses verification while the notice still runs', () => {
    given(lifeUntil('in_public_notice')).when(verifyItem()).thenThrows(refusedWith('conflict', 'wrong-status'));
  });

  it('lets the supervising unit verify and close the item once the notice has ended', () => {
    given([...lifeUntil('in_public_notice'), publicNoticeEnded({}, NOTICE_ENDS_AT)])
      .when(verifyItem())
      .then([verificationAccepted(), itemClosed()]);
  });

  it('after an objection, the responsible unit may apply for closure again, with a new notice', () => {
    given([...lifeUntil('in_public_notice'), objectionRaised()])
      .when(requestClosure())
      .then([closureRequested(), publicNoticeStarted({ endsAt: NOTICE_ENDS_AT })]);
  });

  it('refuses verification by a supervisor of another unit after the notice', () => {
    given([...lifeUntil('in_public_notice'), publicNoticeEnded({}, NOTICE_ENDS_AT)])
      .when(verifyItem({}, asSupervisorOfOtherUnit))
      .thenThrows(refusedWith('forbidden', 'not-supervising-unit'));
  });
});
