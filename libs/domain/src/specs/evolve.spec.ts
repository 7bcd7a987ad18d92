import { fold } from '../evolve';
import { initialState } from '../state';
import {
  AT,
  DEADLINE,
  MILESTONE,
  NOTICE_ENDS_AT,
  OTHER_UNIT,
  REVISITS,
  acknowledged,
  assigned,
  closureRequested,
  deadlineApproaching,
  definition,
  document,
  everyStatus,
  extensionApproved,
  extensionRejected,
  extensionRequested,
  filed,
  itemClosed,
  itemOverdue,
  itemReopened,
  lifeUntil,
  milestoneMissed,
  objectionRaised,
  photo,
  policy,
  progressReported,
  publicNoticeEnded,
  reassigned,
  relapseFound,
  responsibility,
  revisitConsolidated,
  revisitDue,
  stateAfter,
  verificationAccepted,
  verificationRejected,
} from './fixtures';

const LATER = '2026-12-01T03:00:00.000Z';
const working = lifeUntil('in_progress');

describe('evolve: the item as its recorded facts make it', () => {
  it('starts unfiled', () => {
    expect(initialState()).toEqual({ status: 'unfiled' });
  });

  it('ignores facts about an item that was never filed', () => {
    expect(fold(initialState(), [acknowledged(), progressReported()])).toEqual({ status: 'unfiled' });
  });

  it.each(everyStatus)('the fixture life "%s" really brings the item there', (status) => {
    expect(fold(initialState(), lifeUntil(status)).status).toBe(status);
  });

  it('a filed and assigned item carries its definition, units and policy, with nothing done yet', () => {
    expect(stateAfter([filed(), assigned()])).toEqual({
      ...definition,
      ...responsibility,
      status: 'assigned',
      policy,
      milestones: [{ ...MILESTONE, reached: false, missed: false }],
      originalDeadline: DEADLINE,
      filedAt: AT,
      percent: 0,
      reportCount: 0,
      extensionCount: 0,
      rejectionCount: 0,
      dueSoon: false,
      overdue: false,
      revisits: [],
      relapseCount: 0,
      remindersSent: [],
      lastMissedPeriod: 0,
      missedReportsInARow: 0,
      escalation: { level: null, documentNumbers: [] },
    });
  });

  it('a long-term item has no deadline, now or originally', () => {
    const item = stateAfter([filed({ kind: 'long_term', deadline: null, milestones: [] }), assigned()]);
    expect([item.deadline, item.originalDeadline]).toEqual([null, null]);
  });

  it('an acknowledged item is in progress, with the moment it was acknowledged', () => {
    const item = stateAfter([filed(), assigned(), acknowledged({}, LATER)]);
    expect([item.status, item.acknowledgedAt]).toEqual(['in_progress', LATER]);
  });

  describe('progress', () => {
    it('keeps the latest percent, counts the reports and marks the milestones reached', () => {
      const item = stateAfter([
        ...working,
        progressReported({ percent: 30, indicatorValue: 70 }),
        progressReported({ percent: 55, milestonesReached: ['m1'] }, LATER),
      ]);
      expect(item).toMatchObject({ percent: 55, reportCount: 2, lastReportAt: LATER });
      expect(item.milestones).toEqual([{ ...MILESTONE, reached: true, missed: false }]);
    });

    it('keeps the last indicator value when a later report gives none', () => {
      const item = stateAfter([...working, progressReported({ indicatorValue: 70 }), progressReported({ percent: 60 })]);
      expect(item.indicatorValue).toBe(70);
    });
  });

  describe('extensions', () => {
    it('holds a pending request until it is decided', () => {
      const item = stateAfter([...working, extensionRequested({}, LATER)]);
      expect(item.pendingExtension).toEqual({
        requestId: 'ext-1',
        proposedDeadline: '2027-09-30',
        reason: '汛期无法施工 (no works possible in the flood season)',
        requestedAt: LATER,
      });
    });

    it('an approved extension moves the deadline, keeps the original one, and clears the warning and the overdue flag', () => {
      const item = stateAfter([
        ...working,
        deadlineApproaching(),
        itemOverdue(),
        extensionRequested(),
        extensionApproved({ newDeadline: '2027-09-30' }),
      ]);
      expect(item).toMatchObject({ deadline: '2027-09-30', originalDeadline: DEADLINE, extensionCount: 1, dueSoon: false, overdue: false });
      expect(item.pendingExtension).toBeUndefined();
    });

    it('the original deadline survives a second extension', () => {
      const item = stateAfter([
        ...working,
        extensionRequested(),
        extensionApproved({ newDeadline: '2027-09-30' }),
        extensionRequested({ requestId: 'ext-2', proposedDeadline: '2027-12-31' }),
        extensionApproved({ requestId: 'ext-2', previousDeadline: '2027-09-30', newDeadline: '2027-12-31' }),
      ]);
      expect(item).toMatchObject({ deadline: '2027-12-31', originalDeadline: DEADLINE, extensionCount: 2 });
    });

    it('a rejected extension leaves the deadline and the overdue flag as they were', () => {
      const item = stateAfter([...working, itemOverdue(), extensionRequested(), extensionRejected()]);
      expect(item).toMatchObject({ deadline: DEADLINE, extensionCount: 0, overdue: true });
      expect(item.pendingExtension).toBeUndefined();
    });
  });

  it('a reassigned item goes to the new unit, which must acknowledge it, and its pending extension request lapses', () => {
    const item = stateAfter([...working, extensionRequested(), reassigned({ toUnitId: OTHER_UNIT })]);
    expect(item).toMatchObject({ responsibleUnitId: OTHER_UNIT, status: 'assigned' });
    expect(item.acknowledgedAt).toBeUndefined();
    expect(item.pendingExtension).toBeUndefined();
  });

  describe('closure', () => {
    it('a closure request awaits verification with its evidence, and withdraws a pending extension request', () => {
      const item = stateAfter([...working, extensionRequested(), closureRequested({ evidence: [photo, document], note: 'done' }, LATER)]);
      expect(item.status).toBe('awaiting_verification');
      expect(item.closureRequest).toEqual({ evidence: [photo, document], note: 'done', requestedAt: LATER });
      expect(item.pendingExtension).toBeUndefined();
    });

    it('a public notice holds the item until its end', () => {
      const item = stateAfter(lifeUntil('in_public_notice'));
      expect(item.status).toBe('in_public_notice');
      expect(item.closureRequest?.noticeEndsAt).toBe(NOTICE_ENDS_AT);
    });

    it('an objection sends the item back to work and drops the closure request', () => {
      const item = stateAfter([...lifeUntil('in_public_notice'), objectionRaised()]);
      expect(item.status).toBe('in_progress');
      expect(item.closureRequest).toBeUndefined();
    });

    it('the end of the notice brings the item to verification, keeping its closure request', () => {
      const item = stateAfter([...lifeUntil('in_public_notice'), publicNoticeEnded()]);
      expect(item.status).toBe('awaiting_verification');
      expect(item.closureRequest?.evidence).toEqual([photo, document]);
    });

    it('a rejected verification sends the item back to work, counts the rejection, and the deadline still counts', () => {
      const item = stateAfter([
        ...working,
        itemOverdue(),
        closureRequested(),
        verificationRejected(),
        closureRequested(),
        verificationRejected(),
      ]);
      expect(item).toMatchObject({ status: 'in_progress', rejectionCount: 2, overdue: true, deadline: DEADLINE });
      expect(item.closureRequest).toBeUndefined();
    });

    it('a closed item is struck off with its closing moment, its scheduled revisits and no warning left', () => {
      const item = stateAfter([
        ...working,
        deadlineApproaching(),
        itemOverdue(),
        closureRequested(),
        verificationAccepted(),
        itemClosed({}, LATER),
      ]);
      expect(item).toMatchObject({ status: 'closed', closedAt: LATER, dueSoon: false, overdue: false });
      expect(item.closureRequest).toBeUndefined();
      expect(item.revisits).toEqual(REVISITS.map((r) => ({ ...r, status: 'scheduled' })));
    });
  });

  describe('revisits', () => {
    it('marks a revisit due, then consolidated', () => {
      const due = stateAfter([...lifeUntil('closed'), revisitDue({ revisitId: 'r1-1' })]);
      expect(due.revisits.map((r) => [r.revisitId, r.status])).toEqual([
        ['r1-1', 'due'],
        ['r1-2', 'scheduled'],
      ]);
      const consolidated = stateAfter([
        ...lifeUntil('closed'),
        revisitDue({ revisitId: 'r1-1' }),
        revisitConsolidated({ revisitId: 'r1-1' }),
      ]);
      expect(consolidated.revisits.map((r) => r.status)).toEqual(['consolidated', 'scheduled']);
      expect(consolidated.status).toBe('closed');
    });

    it('a consolidated item has all its revisits consolidated', () => {
      const item = stateAfter(lifeUntil('consolidated'));
      expect(item.status).toBe('consolidated');
      expect(item.revisits.map((r) => r.status)).toEqual(['consolidated', 'consolidated']);
    });

    it('a relapse marks its revisit relapsed and cancels the revisits still ahead', () => {
      const item = stateAfter([...lifeUntil('closed'), revisitDue({ revisitId: 'r1-1' }), relapseFound({ revisitId: 'r1-1' })]);
      expect(item.revisits.map((r) => r.status)).toEqual(['relapsed', 'cancelled']);
    });

    it('a reopened item is back at work from zero, with its new deadline and its relapse count', () => {
      const item = stateAfter([
        ...lifeUntil('closed'),
        revisitDue({ revisitId: 'r1-1' }),
        relapseFound({ revisitId: 'r1-1' }),
        itemReopened({ newDeadline: '2027-08-31', relapseCount: 1 }),
      ]);
      expect(item).toMatchObject({
        status: 'in_progress',
        deadline: '2027-08-31',
        originalDeadline: DEADLINE,
        relapseCount: 1,
        percent: 0,
        dueSoon: false,
        overdue: false,
      });
      expect(item.closedAt).toBeUndefined();
    });

    it('a second closure adds its revisits after the first round', () => {
      const item = stateAfter([
        ...lifeUntil('closed'),
        revisitDue({ revisitId: 'r1-1' }),
        relapseFound({ revisitId: 'r1-1' }),
        itemReopened(),
        closureRequested(),
        verificationAccepted(),
        itemClosed({ revisits: [{ revisitId: 'r2-1', dueAt: '2027-09-01T00:00:00.000Z' }] }),
      ]);
      expect(item.revisits.map((r) => [r.revisitId, r.status])).toEqual([
        ['r1-1', 'relapsed'],
        ['r1-2', 'cancelled'],
        ['r2-1', 'scheduled'],
      ]);
    });
  });

  describe('time facts', () => {
    it('a missed milestone is marked missed, not reached', () => {
      expect(stateAfter([...working, milestoneMissed()]).milestones).toEqual([{ ...MILESTONE, reached: false, missed: true }]);
    });

    it('a warning marks the item due soon, and overdue marks it overdue', () => {
      expect(stateAfter([...working, deadlineApproaching()])).toMatchObject({ dueSoon: true, overdue: false });
      expect(stateAfter([...working, itemOverdue()])).toMatchObject({ overdue: true });
    });
  });
});
