import type { CommandMetadata } from '../actor';
import type { ItemCommand } from '../commands';
import { decide } from '../decide';
import { documentKindOf, formatDocumentNumber, ladderTarget } from '../escalation';
import type { ItemEvent } from '../events';
import { fold } from '../evolve';
import { notificationIntents } from '../notifications';
import type { Policy } from '../policy';
import { CommandRefused } from '../refusal';
import { type FiledItem, initialState } from '../state';
import { nextWakeUp } from '../time-facts';
import { trafficLight } from '../traffic-light';
import {
  AT,
  ITEM_ID,
  acknowledged,
  asAdmin,
  asLeaderOverNeitherUnit,
  asLeaderOverResponsibleUnit,
  asResponsibleUnit,
  asSystem,
  assigned,
  filed,
  progressReported,
} from './fixtures';

const ack = '2026-11-23T02:00:00.000Z';
/** A seconds-scale cadence and ladder: a report every 10 s, reminded 3 s before; warning at 1 missed, bulletin at 2. */
const ladderPolicy: Policy = {
  dueSoonBefore: 'P7D',
  revisitAfter: ['P3M'],
  requiredEvidenceKinds: [],
  reportEvery: 'PT10S',
  remindBefore: 'PT3S',
  escalation: [
    { level: 'warning', missedReports: 1 },
    { level: 'bulletin', missedReports: 2 },
    { level: 'supervision', onRelapse: true },
  ],
};

const at = (seconds: number) => new Date(Date.parse(ack) + seconds * 1000);
const history = (policy: Policy = ladderPolicy): ItemEvent[] => [filed({ policy }), assigned(), acknowledged({}, ack)];
const stateOf = (events: ItemEvent[]) => fold(initialState(), events) as FiledItem;
const tick = (): ItemCommand => ({ type: 'RecordTimeFacts', data: {}, metadata: asSystem });

/** Runs the workflow's loop by hand: wake at each nextWakeUp up to `until`, recording what falls due. */
function live(events: ItemEvent[], until: Date, commands: { at: Date; command: ItemCommand }[] = []): ItemEvent[] {
  const log = [...events];
  const pending = [...commands];
  for (let guard = 0; guard < 100; guard++) {
    const state = stateOf(log);
    const wake = nextWakeUp(state);
    const next = pending[0];
    if (next && (!wake || next.at <= wake)) {
      pending.shift();
      log.push(...decide(next.command, state, next.at));
      continue;
    }
    if (!wake || wake > until) return log;
    log.push(...decide(tick(), state, wake));
  }
  throw new Error('the loop did not settle');
}

const types = (events: ItemEvent[]) => events.map((e) => (e.type === 'EscalationRaised' ? `${e.type}:${e.data.level}` : e.type));

describe('report cadence (周调度) and reminders', () => {
  it('reminds before each report is due, then records a missed report as a lapse', () => {
    const log = live(history(), at(10));
    expect(types(log.slice(3))).toEqual(['ReminderDue', 'ReportMissed', 'EscalationRaised:warning']);
    const [reminder, missed] = log.slice(3) as [Extract<ItemEvent, { type: 'ReminderDue' }>, Extract<ItemEvent, { type: 'ReportMissed' }>];
    expect(reminder.data).toMatchObject({ subject: 'report', dueAt: at(10).toISOString(), at: at(7).toISOString() });
    expect(missed.data).toMatchObject({ period: 1, missedInARow: 1 });
  });

  it('a report within the period settles it: no reminder after it, no lapse', () => {
    const log = live(history(), at(19), [
      {
        at: at(5),
        command: { type: 'ReportProgress', data: { percent: 10, evidence: [], milestonesReached: [] }, metadata: asResponsibleUnit },
      },
    ]);
    expect(types(log.slice(3))).toEqual(['ProgressReported', 'ReminderDue']);
    expect((log[4] as Extract<ItemEvent, { type: 'ReminderDue' }>).data.key).toContain(':2');
  });

  it('reminds once before the deadline, and not at all once overdue', () => {
    const policy = { ...ladderPolicy, reportEvery: undefined, remindBefore: 'P3D' };
    const events = [filed({ policy, deadline: '2026-11-30', milestones: [] }), assigned(), acknowledged({}, ack)];
    const log = live(events, new Date('2026-12-01T00:00:00Z'));
    const reminders = log.filter((e) => e.type === 'ReminderDue');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].data).toMatchObject({ subject: 'deadline', at: '2026-11-27T16:00:00.000Z' });
    expect(types(log.slice(3))).toEqual(['DeadlineApproaching', 'ReminderDue', 'ItemOverdue']);
  });
});

describe('the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责)', () => {
  it('climbs one rung per missed report in a row, then steps down when the unit reports again', () => {
    const log = live(history(), at(25), [
      {
        at: at(25),
        command: { type: 'ReportProgress', data: { percent: 50, evidence: [], milestonesReached: [] }, metadata: asResponsibleUnit },
      },
    ]);
    expect(types(log.slice(3))).toEqual([
      'ReminderDue',
      'ReportMissed',
      'EscalationRaised:warning',
      'ReminderDue',
      'ReportMissed',
      'EscalationRaised:bulletin',
      'ProgressReported',
      'EscalationSteppedDown',
    ]);
    expect(log.at(-1)!.data).toMatchObject({ from: 'bulletin', to: null });
    expect(stateOf(log).escalation.level).toBeNull();
  });

  it('waits for a leader to confirm levels from confirmFrom up, then raises on confirmation', () => {
    const log = live(history({ ...ladderPolicy, confirmFrom: 'bulletin' }), at(20));
    expect(types(log.slice(3))).toEqual([
      'ReminderDue',
      'ReportMissed',
      'EscalationRaised:warning',
      'ReminderDue',
      'ReportMissed',
      'EscalationProposed',
    ]);
    const state = stateOf(log);
    const confirmed = decide(
      { type: 'ConfirmEscalation', data: { level: 'bulletin' }, metadata: asLeaderOverResponsibleUnit },
      state,
      at(21),
    );
    expect(confirmed).toEqual([
      { type: 'EscalationRaised', data: { itemId: ITEM_ID, level: 'bulletin', trigger: 'missed_reports', at: at(21).toISOString() } },
    ]);
    expect(() =>
      decide({ type: 'ConfirmEscalation', data: { level: 'summons' }, metadata: asLeaderOverResponsibleUnit }, state, at(21)),
    ).toThrow(CommandRefused);
  });

  it('lets a leader raise any level by hand with a reason; it holds while the item is on track', () => {
    const state = stateOf(history({ ...ladderPolicy, reportEvery: undefined }));
    const raised = decide(
      { type: 'EscalateItem', data: { level: 'summons', reason: '群众反映强烈' }, metadata: asLeaderOverResponsibleUnit },
      state,
      at(1),
    );
    expect(raised).toEqual([
      {
        type: 'EscalationRaised',
        data: { itemId: ITEM_ID, level: 'summons', trigger: 'manual', reason: '群众反映强烈', at: at(1).toISOString() },
      },
    ]);
    const after = stateOf([...history({ ...ladderPolicy, reportEvery: undefined }), ...raised]);
    const report = decide(
      { type: 'ReportProgress', data: { percent: 60, evidence: [], milestonesReached: [] }, metadata: asResponsibleUnit },
      after,
      at(2),
    );
    expect(types(report)).toEqual(['ProgressReported']);
  });

  it.each<[string, CommandMetadata, Partial<{ level: 'warning'; reason: string }>, string]>([
    ['a leader over neither unit', asLeaderOverNeitherUnit, {}, 'forbidden'],
    ['the responsible unit itself', asResponsibleUnit, {}, 'forbidden'],
    ['a leader without a reason', asLeaderOverResponsibleUnit, { reason: ' ' }, 'invalid'],
  ])('refuses a manual escalation by %s', (_who, metadata, overrides, kind) => {
    const state = stateOf(history());
    expect(() =>
      decide({ type: 'EscalateItem', data: { level: 'warning', reason: '进度滞后', ...overrides }, metadata }, state, at(1)),
    ).toThrow(expect.objectContaining({ kind }));
  });

  it('refuses to raise to a level the item is already at or above', () => {
    const events = [
      ...history(),
      { type: 'EscalationRaised', data: { itemId: ITEM_ID, level: 'bulletin', trigger: 'manual', reason: 'x', at: AT } } as ItemEvent,
    ];
    expect(() =>
      decide({ type: 'EscalateItem', data: { level: 'warning', reason: 'y' }, metadata: asAdmin }, stateOf(events), at(1)),
    ).toThrow(expect.objectContaining({ kind: 'conflict', code: 'not-higher' }));
  });

  it('raises to supervision at once on a relapse, and numbers supervision orders and summons', () => {
    const state = { ...stateOf(history()), relapseCount: 1 };
    expect(ladderTarget(state, at(1))).toEqual({ level: 'supervision', trigger: 'relapse' });
    const raised: ItemEvent = { type: 'EscalationRaised', data: { itemId: ITEM_ID, level: 'supervision', trigger: 'relapse', at: AT } };
    expect(documentKindOf(raised)).toBe('督办');
    expect(documentKindOf({ ...raised, data: { ...raised.data, level: 'warning' } } as ItemEvent)).toBeUndefined();
    expect(formatDocumentNumber('督办', 2026, 17)).toBe('督办〔2026〕17号');
  });

  it('counts overdue working days on the calendar: the rung is reached after the holiday, not during it', () => {
    const policy: Policy = {
      ...ladderPolicy,
      reportEvery: undefined,
      dayCount: 'working',
      escalation: [{ level: 'bulletin', overdueWorkingDays: 2 }],
    };
    // 2026 as published: Mid-Autumn 09-25..27 and National Day 10-01..07 off; Saturday 10-10 is a make-up working day.
    const calendar = {
      holidays: [
        '2026-09-25',
        '2026-09-26',
        '2026-09-27',
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
      ],
      workdays: ['2026-10-10'],
    };
    const events = [
      filed({ policy, deadline: '2026-09-30', milestones: [], calendar } as never),
      assigned(),
      acknowledged({}, '2026-09-01T00:00:00Z'),
    ];
    const log = live(events, new Date('2026-10-12T00:00:00Z'));
    expect(log.find((e) => e.type === 'ItemOverdue')?.data.at).toBe('2026-09-30T16:00:00.000Z');
    // Two working days overdue: Thursday 10-08 and Friday 10-09, not the seven holidays before them.
    expect(log.find((e) => e.type === 'EscalationRaised')?.data.at).toBe('2026-10-09T16:00:00.000Z');
  });

  it('rolls a deadline that falls on a holiday to the next working day', () => {
    const policy: Policy = { ...ladderPolicy, reportEvery: undefined, dayCount: 'working' };
    const calendar = { holidays: ['2026-09-25', '2026-09-26', '2026-09-27'], workdays: [] };
    const events = [
      filed({ policy, deadline: '2026-09-25', milestones: [], calendar } as never),
      assigned(),
      acknowledged({}, '2026-09-01T00:00:00Z'),
    ];
    const log = live(events, new Date('2026-10-01T00:00:00Z'));
    expect(log.find((e) => e.type === 'ItemOverdue')?.data).toMatchObject({ deadline: '2026-09-28', at: '2026-09-28T16:00:00.000Z' });
  });
});

describe('traffic light from time-proportional progress (序时进度)', () => {
  it('turns yellow when the last report trails the time elapsed by more than 20 points', () => {
    const events = [filed({ deadline: '2026-12-02', milestones: [] }), assigned(), acknowledged({}, '2026-11-02T16:00:00.000Z')];
    const halfway = '2026-11-17T16:00:00.000Z';
    expect(trafficLight(stateOf([...events, progressReported({ percent: 45 }, halfway)]))).toBe('green');
    expect(trafficLight(stateOf([...events, progressReported({ percent: 20 }, halfway)]))).toBe('yellow');
  });
});

describe('who hears of it', () => {
  it('an escalation notifies a wider circle at each rung, up to the discipline body', () => {
    const state = stateOf(history());
    const raised = (level: 'warning' | 'summons' | 'accountability'): ItemEvent => ({
      type: 'EscalationRaised',
      data: { itemId: ITEM_ID, level, trigger: 'manual', at: AT },
    });
    expect(notificationIntents(raised('warning'), state)[0].audience).toEqual(['responsible_unit', 'responsible_unit_head']);
    expect(notificationIntents(raised('summons'), state)[0].audience).toContain('plan_owner');
    expect(notificationIntents(raised('accountability'), state)[0].audience).toContain('discipline_body');
    expect(notificationIntents(progressReported(), state)).toEqual([]);
  });
});
