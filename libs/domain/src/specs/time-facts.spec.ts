import type { ItemEvent } from '../events';
import { dueTimeFacts, nextWakeUp } from '../time-facts';
import {
  ITEM_ID,
  NOTICE_ENDS_AT,
  NOW,
  REVISITS,
  deadlineApproaching,
  deciderAt,
  extensionApproved,
  extensionRequested,
  given,
  itemOverdue,
  lifeUntil,
  milestoneMissed,
  policy,
  progressReported,
  recordTimeFacts,
  refusedWith,
  revisitDue,
  stateAfter,
  verificationRejected,
} from './fixtures';

const at = (iso: string) => new Date(iso);
const millisecondBefore = (iso: string) => new Date(Date.parse(iso) - 1);

/** Due on 30 November 2026, which is over at 2026-11-30T16:00Z (midnight in Shanghai); warned 7 days before. */
const dueEndOfNovember = { deadline: '2026-11-30', milestones: [] };
const END_OF_NOVEMBER_OVER = '2026-11-30T16:00:00.000Z';
const DUE_SOON_FROM = '2026-11-23T16:00:00.000Z';

/** Due at the end of 2026, with two stages in November. */
const staged = {
  deadline: '2026-12-31',
  milestones: [
    { id: 'm1', title: '完成排查 (survey finished)', due: '2026-11-20' },
    { id: 'm2', title: '完成清淤 (dredging finished)', due: '2026-11-25' },
  ],
};

describe('RecordTimeFacts: the deadline (整改时限)', () => {
  it('warns that the deadline is approaching once the item enters the seven-day window (预警)', () => {
    deciderAt(at(DUE_SOON_FROM))(lifeUntil('in_progress', dueEndOfNovember))
      .when(recordTimeFacts())
      .then([{ type: 'DeadlineApproaching', data: { itemId: ITEM_ID, deadline: '2026-11-30', at: DUE_SOON_FROM } }]);
  });

  it('does not warn a millisecond before the window opens', () => {
    deciderAt(millisecondBefore(DUE_SOON_FROM))(lifeUntil('in_progress', dueEndOfNovember)).when(recordTimeFacts()).then([]);
  });

  it('warns only once', () => {
    deciderAt(at('2026-11-27T01:00:00.000Z'))([
      ...lifeUntil('in_progress', dueEndOfNovember),
      deadlineApproaching({ deadline: '2026-11-30' }),
    ])
      .when(recordTimeFacts())
      .then([]);
  });

  it('records the item overdue once its deadline day is over in Shanghai', () => {
    deciderAt(at(END_OF_NOVEMBER_OVER))([...lifeUntil('in_progress', dueEndOfNovember), deadlineApproaching({ deadline: '2026-11-30' })])
      .when(recordTimeFacts())
      .then([{ type: 'ItemOverdue', data: { itemId: ITEM_ID, deadline: '2026-11-30', at: END_OF_NOVEMBER_OVER } }]);
  });

  it('does not record the item overdue during the last minutes of its deadline day (23:59 in Shanghai, 15:59 UTC)', () => {
    deciderAt(millisecondBefore(END_OF_NOVEMBER_OVER))([
      ...lifeUntil('in_progress', dueEndOfNovember),
      deadlineApproaching({ deadline: '2026-11-30' }),
    ])
      .when(recordTimeFacts())
      .then([]);
  });

  it('records only the overdue fact, without a belated warning, when both fell due since the last wake-up', () => {
    deciderAt(at('2026-12-02T01:00:00.000Z'))(lifeUntil('in_progress', dueEndOfNovember))
      .when(recordTimeFacts())
      .then([itemOverdue({ deadline: '2026-11-30' }, '2026-12-02T01:00:00.000Z')]);
  });

  it('records the item overdue only once', () => {
    deciderAt(at('2026-12-10T01:00:00.000Z'))([...lifeUntil('in_progress', dueEndOfNovember), itemOverdue({ deadline: '2026-11-30' })])
      .when(recordTimeFacts())
      .then([]);
  });

  it('also runs the clock on an item its unit has not acknowledged yet', () => {
    deciderAt(at('2026-12-01T00:00:00.000Z'))(lifeUntil('assigned', dueEndOfNovember))
      .when(recordTimeFacts())
      .then([itemOverdue({ deadline: '2026-11-30' }, '2026-12-01T00:00:00.000Z')]);
  });

  it('after an approved extension, warns again as the new deadline approaches', () => {
    deciderAt(at('2026-12-24T16:00:00.000Z'))([
      ...lifeUntil('in_progress', dueEndOfNovember),
      itemOverdue({ deadline: '2026-11-30' }),
      extensionRequested({ proposedDeadline: '2026-12-31' }),
      extensionApproved({ previousDeadline: '2026-11-30', newDeadline: '2026-12-31' }),
    ])
      .when(recordTimeFacts())
      .then([deadlineApproaching({ deadline: '2026-12-31' }, '2026-12-24T16:00:00.000Z')]);
  });

  it('stops the clock while the closure request awaits verification', () => {
    deciderAt(at('2026-12-05T00:00:00.000Z'))(lifeUntil('awaiting_verification', dueEndOfNovember)).when(recordTimeFacts()).then([]);
  });

  it('lets the deadline count again once verification rejects the work', () => {
    deciderAt(at('2026-12-05T00:00:00.000Z'))([...lifeUntil('awaiting_verification', dueEndOfNovember), verificationRejected()])
      .when(recordTimeFacts())
      .then([itemOverdue({ deadline: '2026-11-30' }, '2026-12-05T00:00:00.000Z')]);
  });

  it('never makes a closed item overdue', () => {
    deciderAt(at('2026-12-05T00:00:00.000Z'))(lifeUntil('closed', dueEndOfNovember)).when(recordTimeFacts()).then([]);
  });

  it('opens a one-month window (P1M) on the same day of the previous month', () => {
    const windowOpens = '2027-04-15T16:00:00.000Z'; // 16 April, 00:00 in Shanghai, for a deadline of 15 May
    const item = { deadline: '2027-05-15', milestones: [], policy: { ...policy, dueSoonBefore: 'P1M' } };
    deciderAt(millisecondBefore(windowOpens))(lifeUntil('in_progress', item)).when(recordTimeFacts()).then([]);
    deciderAt(at(windowOpens))(lifeUntil('in_progress', item))
      .when(recordTimeFacts())
      .then([deadlineApproaching({ deadline: '2027-05-15' }, windowOpens)]);
  });

  // One month before 31 March is 28 February (the month is clamped), not 3 March.
  it('warns a month ahead of a 31 March deadline from 1 March (Shanghai), not from 4 March', () => {
    const firstOfMarchInShanghai = '2027-02-28T16:00:00.000Z';
    deciderAt(at(firstOfMarchInShanghai))(
      lifeUntil('in_progress', { deadline: '2027-03-31', milestones: [], policy: { ...policy, dueSoonBefore: 'P1M' } }),
    )
      .when(recordTimeFacts())
      .then([deadlineApproaching({ deadline: '2027-03-31' }, firstOfMarchInShanghai)]);
  });
});

describe('RecordTimeFacts: milestones (阶段性目标)', () => {
  it('records a milestone missed once its day is over without it being reported reached', () => {
    given(lifeUntil('in_progress', staged))
      .when(recordTimeFacts())
      .then([{ type: 'MilestoneMissed', data: { itemId: ITEM_ID, milestoneId: 'm1', due: '2026-11-20', at: NOW.toISOString() } }]);
  });

  it('records nothing for a milestone reported reached', () => {
    given([...lifeUntil('in_progress', staged), progressReported({ milestonesReached: ['m1'] })])
      .when(recordTimeFacts())
      .then([]);
  });

  it('records a missed milestone only once', () => {
    given([...lifeUntil('in_progress', staged), milestoneMissed({ milestoneId: 'm1', due: '2026-11-20' })])
      .when(recordTimeFacts())
      .then([]);
  });

  it('records everything that fell due since the last wake-up, in the order it fell due', () => {
    const newYear = '2027-01-01T00:00:00.000Z';
    deciderAt(at(newYear))(lifeUntil('in_progress', staged))
      .when(recordTimeFacts())
      .then([
        milestoneMissed({ milestoneId: 'm1', due: '2026-11-20' }, newYear),
        milestoneMissed({ milestoneId: 'm2', due: '2026-11-25' }, newYear),
        itemOverdue({ deadline: '2026-12-31' }, newYear),
      ]);
  });
});

describe('RecordTimeFacts: public notice and revisits', () => {
  it('ends the public notice once its period is over', () => {
    deciderAt(at('2026-11-29T00:00:00.000Z'))(lifeUntil('in_public_notice'))
      .when(recordTimeFacts())
      .then([{ type: 'PublicNoticeEnded', data: { itemId: ITEM_ID, at: '2026-11-29T00:00:00.000Z' } }]);
  });

  it('makes a scheduled revisit due on its day', () => {
    deciderAt(at(REVISITS[0].dueAt))(lifeUntil('closed'))
      .when(recordTimeFacts())
      .then([{ type: 'RevisitDue', data: { itemId: ITEM_ID, revisitId: 'r1-1', at: REVISITS[0].dueAt } }]);
  });

  it('makes every revisit due whose day has come, the earliest first', () => {
    const june = '2027-06-01T00:00:00.000Z';
    deciderAt(at(june))(lifeUntil('closed'))
      .when(recordTimeFacts())
      .then([revisitDue({ revisitId: 'r1-1' }, june), revisitDue({ revisitId: 'r1-2' }, june)]);
  });

  it('does not make a revisit due twice', () => {
    deciderAt(at('2027-03-15T00:00:00.000Z'))([...lifeUntil('closed'), revisitDue({ revisitId: 'r1-1' }, REVISITS[0].dueAt)])
      .when(recordTimeFacts())
      .then([]);
  });
});

describe('RecordTimeFacts when nothing is due', () => {
  it('records nothing for an item well ahead of its milestones and deadline', () => {
    given(lifeUntil('in_progress')).when(recordTimeFacts()).then([]);
  });

  it('records nothing for a long-term item without milestones, however late', () => {
    deciderAt(at('2030-01-01T00:00:00.000Z'))(lifeUntil('in_progress', { kind: 'long_term', deadline: null, milestones: [] }))
      .when(recordTimeFacts())
      .then([]);
  });

  it('records nothing for a consolidated item, however late', () => {
    deciderAt(at('2030-01-01T00:00:00.000Z'))(lifeUntil('consolidated')).when(recordTimeFacts()).then([]);
  });

  it('refuses to record time facts for an item that was never filed', () => {
    given([]).when(recordTimeFacts()).thenThrows(refusedWith('conflict', 'not-filed'));
  });
});

describe('dueTimeFacts', () => {
  it('returns what RecordTimeFacts records', () => {
    const state = stateAfter(lifeUntil('in_progress', staged));
    const newYear = at('2027-01-01T00:00:00.000Z');
    expect(dueTimeFacts(state, newYear).map((e) => e.type)).toEqual(['MilestoneMissed', 'MilestoneMissed', 'ItemOverdue']);
    expect(dueTimeFacts(state, newYear).every((e) => e.data.at === newYear.toISOString() && e.data.itemId === ITEM_ID)).toBe(true);
  });

  it('returns nothing at an instant before any fact falls due', () => {
    expect(dueTimeFacts(stateAfter(lifeUntil('in_progress')), NOW)).toEqual([]);
  });
});

describe('nextWakeUp: when the workflow must next record time facts', () => {
  // The default item: milestone m1 due 2027-03-31, deadline 2027-06-30, warned 7 days before.
  const MILESTONE_OVER = '2027-03-31T16:00:00.000Z';
  const WINDOW_OPENS = '2027-06-23T16:00:00.000Z';
  const DEADLINE_OVER = '2027-06-30T16:00:00.000Z';
  const wakeUp = (events: ItemEvent[]) => nextWakeUp(stateAfter(events))?.toISOString();

  it('is the end of the first milestone day while it lies ahead', () => {
    expect(wakeUp(lifeUntil('in_progress'))).toBe(MILESTONE_OVER);
  });

  it('runs from filing on, before the unit acknowledges', () => {
    expect(wakeUp(lifeUntil('assigned'))).toBe(MILESTONE_OVER);
  });

  it('moves to the opening of the due-soon window once the milestone is reached', () => {
    expect(wakeUp([...lifeUntil('in_progress'), progressReported({ milestonesReached: ['m1'] })])).toBe(WINDOW_OPENS);
  });

  it('moves to the end of the deadline day once the warning is recorded', () => {
    expect(wakeUp([...lifeUntil('in_progress'), milestoneMissed(), deadlineApproaching()])).toBe(DEADLINE_OVER);
  });

  it('moves with the deadline when an extension is approved', () => {
    expect(
      wakeUp([
        ...lifeUntil('in_progress'),
        milestoneMissed(),
        deadlineApproaching(),
        extensionRequested(),
        extensionApproved({ newDeadline: '2027-09-30' }),
      ]),
    ).toBe('2027-09-23T16:00:00.000Z');
  });

  it('is in the past when a fact is overdue for recording, so the workflow records it at once', () => {
    expect(wakeUp(lifeUntil('in_progress', { deadline: '2026-11-20', milestones: [] }))).toBe('2026-11-13T16:00:00.000Z');
  });

  it('is the end of the public notice during the notice', () => {
    expect(wakeUp(lifeUntil('in_public_notice'))).toBe(NOTICE_ENDS_AT);
  });

  it('is the first scheduled revisit once the item is closed, then the next', () => {
    expect(wakeUp(lifeUntil('closed'))).toBe(REVISITS[0].dueAt);
    expect(wakeUp([...lifeUntil('closed'), revisitDue({ revisitId: 'r1-1' })])).toBe(REVISITS[1].dueAt);
  });

  it.each([
    [
      'an overdue item whose milestones and warning are all recorded',
      [...lifeUntil('in_progress'), milestoneMissed(), deadlineApproaching(), itemOverdue()],
    ],
    ['an item awaiting verification', lifeUntil('awaiting_verification')],
    ['a long-term item without milestones', lifeUntil('in_progress', { kind: 'long_term', deadline: null, milestones: [] })],
    ['a consolidated item', lifeUntil('consolidated')],
  ])('is undefined for %s: nothing lies ahead', (_what, events) => {
    expect(wakeUp(events)).toBeUndefined();
  });

  it.each([
    ['in progress', lifeUntil('in_progress')],
    ['staged', lifeUntil('in_progress', staged)],
    ['in public notice', lifeUntil('in_public_notice')],
    ['closed', lifeUntil('closed')],
  ])('when %s, finds nothing to record a millisecond before waking up, and something when it wakes', (_what, events) => {
    const state = stateAfter(events);
    const wake = nextWakeUp(state)!;
    expect(dueTimeFacts(state, new Date(wake.getTime() - 1))).toEqual([]);
    expect(dueTimeFacts(state, wake).length).toBeGreaterThan(0);
  });
});
