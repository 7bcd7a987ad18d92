import { nextReportDue } from '../cadence';
import type { ItemEvent } from '../events';
import type { Policy } from '../policy';
import { dueTimeFacts, pendingTimeFacts } from '../time-facts';
import { acknowledged, assigned, filed, lifeUntil, policy, progressReported, stateAfter } from './fixtures';

const ack = '2026-11-23T02:00:00.000Z';
const weekly: Policy = { ...policy, reportEvery: 'P7D', remindBefore: 'P1D' };
const days = (n: number) => new Date(Date.parse(ack) + n * 86_400_000);
const reporting = (...later: ItemEvent[]) => stateAfter([filed({ policy: weekly }), assigned(), acknowledged({}, ack), ...later]);

describe('the next report due (周调度)', () => {
  it('is the end of the first period after the acknowledgement', () => {
    expect(nextReportDue(reporting())).toEqual({ period: 1, dueAt: days(7) });
  });

  it('moves to the end of the next period once the unit reported in this one', () => {
    expect(nextReportDue(reporting(progressReported({}, days(3).toISOString())))).toEqual({ period: 2, dueAt: days(14) });
  });

  it('moves on once a period was recorded as missed', () => {
    const [missed] = dueTimeFacts(reporting(), days(7)).filter((e) => e.type === 'ReportMissed');
    expect(nextReportDue(reporting(missed))).toEqual({ period: 2, dueAt: days(14) });
  });

  it('is the instant at which the decider records the report as missed', () => {
    const state = reporting(progressReported({}, days(3).toISOString()));
    const due = nextReportDue(state)!.dueAt;
    expect(dueTimeFacts(state, new Date(due.getTime() - 1)).filter((e) => e.type === 'ReportMissed')).toEqual([]);
    const [missed] = dueTimeFacts(state, due).filter((e) => e.type === 'ReportMissed');
    expect(missed.data).toMatchObject({ period: 2, dueAt: due.toISOString() });
    expect(pendingTimeFacts(state).some((f) => f.at.getTime() === due.getTime())).toBe(true);
  });

  it('is none without a cadence, before the acknowledgement, and once the item waits for verification', () => {
    expect(nextReportDue(stateAfter(lifeUntil('in_progress')))).toBeUndefined();
    expect(nextReportDue(stateAfter([filed({ policy: weekly }), assigned()]))).toBeUndefined();
    expect(nextReportDue(stateAfter(lifeUntil('awaiting_verification', { policy: weekly })))).toBeUndefined();
  });
});
