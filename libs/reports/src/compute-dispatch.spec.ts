import { computeDispatch } from './compute-dispatch';
import { LogBuilder, sh } from './specs/log-builder';

const units = [
  { id: 'a-water', name: '呼和浩特市水务局' },
  { id: 'b-forest', name: '呼和浩特市林业和草原局' },
  { id: 'c-housing', name: '呼和浩特市住房和城乡建设局' },
];

/** Week 2026-W47: Monday 2026-11-16 to Sunday 2026-11-22, cut-off 2026-11-23 00:00 +08:00. */
function week47Log(): LogBuilder {
  const log = new LogBuilder();
  // Unit A.
  log.file('a1', 'a-water', '2026-11-20', sh('2026-10-01T09:00'), sh('2026-10-02T09:00')).report('a1', sh('2026-11-17T10:00'));
  log.file('a2', 'a-water', '2026-11-10', sh('2026-10-01T09:00'), sh('2026-10-02T09:00'));
  log.report('a2', sh('2026-11-13T10:00')); // the week before: does not count
  log.overdue('a2', '2026-11-10', sh('2026-11-11T00:00'));
  log.missed('a2', sh('2026-11-18T00:00'));
  log.file('a3', 'a-water', '2026-12-31', sh('2026-11-01T09:00')); // never acknowledged
  // b1 is A's until Tuesday (a lapse on Monday is A's), then B's, not yet acknowledged by B.
  log.file('b1', 'a-water', '2027-03-31', sh('2026-10-01T09:00'), sh('2026-10-02T09:00'));
  log.missed('b1', sh('2026-11-16T00:00'));
  log.reassign('b1', 'a-water', 'b-forest', sh('2026-11-17T09:00'));
  // Unit B: overdue, then extended to Sunday (no longer overdue, due this week); one closed early.
  log.file('b2', 'b-forest', '2026-11-10', sh('2026-10-01T09:00'), sh('2026-10-02T09:00'));
  log.overdue('b2', '2026-11-10', sh('2026-11-11T00:00'));
  log.extend('b2', '2026-11-10', '2026-11-22', sh('2026-11-12T15:00'));
  log.file('b3', 'b-forest', '2026-11-21', sh('2026-10-01T09:00'), sh('2026-10-02T09:00'));
  log.report('b3', sh('2026-11-18T10:00')).close('b3', sh('2026-11-19T16:00'));
  // Unit C: overdue, closed only after the cut-off; a report dated in the week but recorded after it.
  log.file('c1', 'c-housing', '2026-11-01', sh('2026-09-01T09:00'), sh('2026-09-02T09:00'));
  log.overdue('c1', '2026-11-01', sh('2026-11-02T00:00'));
  log.report('c1', sh('2026-11-20T10:00'), sh('2026-11-24T10:00'));
  log.close('c1', sh('2026-11-25T10:00'));
  log.file('c2', 'c-housing', '2026-12-31', sh('2026-10-01T09:00'), sh('2026-10-02T09:00'));
  log.add('ObjectionRaised', 'c2', sh('2026-11-18T09:00'), { reason: 'irrelevant to the dispatch' });
  // Reopened after a relapse with a deadline inside the week.
  log.file('d1', 'c-housing', '2026-10-31', sh('2026-09-01T09:00'), sh('2026-09-02T09:00'));
  log.close('d1', sh('2026-10-30T10:00'));
  log.relapse('d1', '2026-11-19', 1, sh('2026-11-16T10:00'));
  // Noise: another kind of stream, and a unit's first item filed after the cut-off.
  log.events.push({
    type: 'PlanIssued',
    streamId: 'plan-HHHT-2026',
    recordedAt: new Date(sh('2026-11-16T10:00')),
    data: { planId: 'HHHT-2026', at: sh('2026-11-16T10:00') },
  });
  log.file('e1', 'e-late', '2026-11-20', sh('2026-11-23T09:00'));
  return log;
}

describe('the weekly dispatch (周调度), computed from the log', () => {
  it('counts per responsible unit: open, due this week, overdue, reported and not, reports missed', () => {
    const report = computeDispatch(week47Log().events, units, '2026-W47');

    expect(report).toMatchObject({
      kind: 'dispatch',
      period: '2026-W47',
      from: '2026-11-15T16:00:00.000Z',
      cutoff: '2026-11-22T16:00:00.000Z',
      timezone: 'Asia/Shanghai',
    });
    expect(report.units).toEqual([
      {
        unitId: 'a-water',
        name: '呼和浩特市水务局',
        items: 3,
        open: 3,
        dueThisWeek: 1,
        overdue: 1,
        reported: 1,
        notReported: 1,
        reportsMissed: 2,
      },
      {
        unitId: 'b-forest',
        name: '呼和浩特市林业和草原局',
        items: 3,
        open: 2,
        dueThisWeek: 2,
        overdue: 0,
        reported: 1,
        notReported: 1,
        reportsMissed: 0,
      },
      {
        unitId: 'c-housing',
        name: '呼和浩特市住房和城乡建设局',
        items: 3,
        open: 3,
        dueThisWeek: 1,
        overdue: 1,
        reported: 0,
        notReported: 3,
        reportsMissed: 0,
      },
    ]);
    expect(report.totals).toEqual({ items: 9, open: 8, dueThisWeek: 4, overdue: 2, reported: 2, notReported: 5, reportsMissed: 2 });
  });

  it('is the same whatever is appended after the cut-off, even facts dated back into the week', () => {
    const log = week47Log();
    const before = computeDispatch(log.events, units, '2026-W47');
    log.report('a2', sh('2026-11-19T10:00'), sh('2026-11-30T10:00'));
    log.close('a1', sh('2026-11-20T10:00'), sh('2026-11-23T00:01')); // recorded a minute after the cut-off
    log.reassign('a3', 'a-water', 'b-forest', sh('2026-11-24T09:00'));
    log.missed('c2', sh('2026-11-25T00:00'));

    expect(computeDispatch(log.events, units, '2026-W47')).toEqual(before);
  });

  it('sees in the next week what happened after the cut-off', () => {
    const log = week47Log();
    log.reassign('a3', 'a-water', 'b-forest', sh('2026-11-24T09:00'));
    const next = computeDispatch(log.events, units, '2026-W48');

    const row = (id: string) => next.units.find((u) => u.unitId === id);
    expect(row('a-water')).toMatchObject({ items: 2, overdue: 1, reported: 0, notReported: 2 });
    expect(row('b-forest')).toMatchObject({ items: 4, open: 3 });
    expect(row('c-housing')).toMatchObject({ items: 3, open: 2, overdue: 0, reported: 0 }); // c1 closed on the 25th
    expect(row('e-late')).toEqual({
      unitId: 'e-late',
      name: 'e-late',
      items: 1,
      open: 1,
      dueThisWeek: 0,
      overdue: 0,
      reported: 0,
      notReported: 0,
      reportsMissed: 0,
    });
  });

  it('is empty for a week before anything was filed', () => {
    expect(computeDispatch(week47Log().events, units, '2026-W30')).toMatchObject({ units: [], totals: { items: 0 } });
  });
});
