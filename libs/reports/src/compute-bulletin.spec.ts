import { computeBulletin } from './compute-bulletin';
import { LogBuilder, sh } from './specs/log-builder';

const names = [
  { id: 'u1', name: '生态环境局' },
  { id: 'u2', name: '水务局' },
  { id: 'u3', name: '林草局' },
  { id: 'u5', name: '住建局' },
];

const filed = sh('2026-09-01T09:00');
const acked = sh('2026-09-02T09:00');

/** Month 2026-11 (cut-off 2026-12-01 00:00 +08:00), built so that every ranking rule decides one pair. */
function novemberLog(): LogBuilder {
  const log = new LogBuilder();
  // u1: three due, all closed by their deadline's end (23:00 on the day counts; the 30th ends at the cut-off).
  log.file('p1', 'u1', '2026-11-10', filed, acked).report('p1', sh('2026-11-05T10:00')).close('p1', sh('2026-11-09T10:00'));
  log.file('p2', 'u1', '2026-11-20', filed, acked).close('p2', sh('2026-11-20T23:00'));
  log.file('p3', 'u1', '2026-11-30', filed, acked).close('p3', sh('2026-11-30T10:00'));
  // u2: one late, one on time (1/2); one report made, one missed (1/2).
  log.file('q1', 'u2', '2026-11-10', filed, acked).report('q1', sh('2026-11-05T10:00')).close('q1', sh('2026-11-12T10:00'));
  log.file('q2', 'u2', '2026-11-15', filed, acked).missed('q2', sh('2026-11-08T00:00')).close('q2', sh('2026-11-14T10:00'));
  // u3: 1/2 on time like u2, but reported every time (2/2): ranks above u2. Its late closure is recorded after the cut-off.
  log.file('r1', 'u3', '2026-11-10', filed, acked).close('r1', sh('2026-11-09T10:00'));
  log.file('r2', 'u3', '2026-11-15', filed, acked).report('r2', sh('2026-11-03T10:00')).report('r2', sh('2026-11-10T10:00'));
  log.overdue('r2', '2026-11-15', sh('2026-11-16T00:00'));
  log.close('r2', sh('2026-11-29T10:00'), sh('2026-12-02T10:00'));
  // u6, u7, u8, u9: nothing closed on time (rate 0), no reports (timeliness null): overdue, then relapses, then id decide.
  log.file('v1', 'u6', '2026-11-10', filed, acked).overdue('v1', '2026-11-10', sh('2026-11-11T00:00'));
  log.file('w1', 'u7', '2026-11-10', filed, acked).overdue('w1', '2026-11-10', sh('2026-11-11T00:00'));
  log.file('w2', 'u7', '2026-11-12', filed, acked).overdue('w2', '2026-11-12', sh('2026-11-13T00:00'));
  log.escalate('w1', 'supervision', sh('2026-10-20T10:00')); // October: not in this bulletin
  log.escalate('w1', 'warning', sh('2026-11-12T10:00')).escalate('w2', 'bulletin', sh('2026-11-20T10:00'));
  log.file('x1', 'u8', '2026-11-10', filed, acked).overdue('x1', '2026-11-10', sh('2026-11-11T00:00'));
  log.file('x2', 'u8', '2027-01-31', filed, acked);
  log.file('y1', 'u9', '2026-11-10', filed, acked).overdue('y1', '2026-11-10', sh('2026-11-11T00:00'));
  log
    .file('y2', 'u9', '2026-10-15', filed, acked)
    .close('y2', sh('2026-10-14T10:00'))
    .relapse('y2', '2027-01-31', 1, sh('2026-11-05T10:00'));
  // u4: nothing due yet (rate null), reported on time.
  log.file('s1', 'u4', '2026-12-31', filed, acked).report('s1', sh('2026-11-10T10:00'));
  // u5: nothing due, no reports; z came from w-moved, which keeps the escalation raised while it was responsible.
  log.file('t1', 'u5', '2027-06-30', filed, acked);
  log.file('z1', 'w-moved', '2027-06-30', filed, acked).escalate('z1', 'summons', sh('2026-11-03T10:00'));
  log.reassign('z1', 'w-moved', 'u5', sh('2026-11-04T10:00'));
  return log;
}

describe('the monthly bulletin (月通报), computed from the log', () => {
  it('ranks units by on-time closure, reporting, overdue, relapses and id; names the bottom unit with items', () => {
    const report = computeBulletin(novemberLog().events, names, '2026-11');

    expect(report).toMatchObject({
      kind: 'bulletin',
      period: '2026-11',
      from: '2026-10-31T16:00:00.000Z',
      cutoff: '2026-11-30T16:00:00.000Z',
    });
    expect(report.units.map((u) => [u.rank, u.unitId, u.onTimeClosureRate, u.reportingTimeliness, u.overdue, u.relapsed])).toEqual([
      [1, 'u1', 1, 1, 0, 0],
      [2, 'u3', 0.5, 1, 1, 0],
      [3, 'u2', 0.5, 0.5, 0, 0],
      [4, 'u6', 0, null, 1, 0],
      [5, 'u8', 0, null, 1, 0],
      [6, 'u9', 0, null, 1, 1],
      [7, 'u7', 0, null, 2, 0],
      [8, 'u4', null, 1, 0, 0],
      [9, 'u5', null, null, 0, 0],
      [10, 'w-moved', null, null, 0, 0],
    ]);
    // Ten ranked units: one named, the last one that is responsible for any item (w-moved has none left).
    expect(report.bottom).toEqual([{ unitId: 'u5', name: '住建局' }]);
    expect(report.units.filter((u) => u.bottom).map((u) => u.unitId)).toEqual(['u5']);
  });

  it('keeps the counts behind each rate and the escalations of the month by level', () => {
    const byId = Object.fromEntries(computeBulletin(novemberLog().events, names, '2026-11').units.map((u) => [u.unitId, u]));

    expect(byId.u1).toMatchObject({ name: '生态环境局', items: 3, dueByCutoff: 3, closedOnTime: 3, reportsMade: 1, reportsMissed: 0 });
    expect(byId.u2).toMatchObject({ items: 2, dueByCutoff: 2, closedOnTime: 1, reportsMade: 1, reportsMissed: 1 });
    expect(byId.u3).toMatchObject({ dueByCutoff: 2, closedOnTime: 1, reportsMade: 2, overdue: 1 });
    expect(byId.u7.escalations).toEqual({ warning: 1, bulletin: 1, supervision: 0, summons: 0, accountability: 0 });
    expect(byId['w-moved']).toMatchObject({ name: 'w-moved', items: 0, escalations: expect.objectContaining({ summons: 1 }) });
    expect(byId.u5).toMatchObject({
      items: 2,
      dueByCutoff: 0,
      onTimeClosureRate: null,
      escalations: expect.objectContaining({ summons: 0 }),
    });
    expect(byId.u9).toMatchObject({ items: 2, dueByCutoff: 1, relapsed: 1, overdue: 1 }); // y2 reopened to 2027: not due
  });

  it('rounds rates to 4 decimals but ranks on the exact fractions', () => {
    const log = new LogBuilder();
    // a: 2 of 3 on time (0.6667); b: 5 of 7 (0.7143).
    for (const [i, onTime] of [true, true, false].entries()) {
      log.file(`a${i}`, 'a', '2026-11-10', filed, acked).close(`a${i}`, sh(onTime ? '2026-11-09T10:00' : '2026-11-11T10:00'));
    }
    for (const [i, onTime] of [true, true, true, true, true, false, false].entries()) {
      log.file(`b${i}`, 'b', '2026-11-10', filed, acked).close(`b${i}`, sh(onTime ? '2026-11-09T10:00' : '2026-11-11T10:00'));
    }
    const report = computeBulletin(log.events, [], '2026-11');
    expect(report.units.map((u) => [u.unitId, u.onTimeClosureRate])).toEqual([
      ['b', 0.7143],
      ['a', 0.6667],
    ]);
  });

  it('names max(1, ⌈10 %⌉) units at the bottom: three of 25, none when no unit has items', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 25; i++) {
      const id = `unit-${String(i).padStart(2, '0')}`;
      log.file(`i${i}`, id, '2026-11-10', filed, acked);
      if (i % 2 === 0) log.close(`i${i}`, sh('2026-11-09T10:00'));
    }
    const report = computeBulletin(log.events, [], '2026-11');
    expect(report.units).toHaveLength(25);
    expect(report.bottom.map((b) => b.unitId)).toEqual(['unit-19', 'unit-21', 'unit-23']);

    expect(computeBulletin([], [], '2026-11')).toMatchObject({ units: [], bottom: [] });
  });

  it('is the same whatever is appended after the cut-off', () => {
    const log = novemberLog();
    const before = computeBulletin(log.events, names, '2026-11');
    log.close('v1', sh('2026-11-10T10:00'), sh('2026-12-01T09:00')); // dated on time, recorded after the cut-off
    log.missed('p3', sh('2026-12-03T00:00'));
    log.relapse('p1', '2027-03-31', 1, sh('2026-12-05T10:00'));

    expect(computeBulletin(log.events, names, '2026-11')).toEqual(before);
    const december = computeBulletin(log.events, names, '2026-12');
    expect(december.units.find((u) => u.unitId === 'u1')).toMatchObject({ relapsed: 1, dueByCutoff: 2, reportsMissed: 1 });
  });
});
