import type { BulletinReport, BulletinRow, DispatchReport, DispatchRow } from '@closeloop/reports';
import { reportInScope } from './report-in-scope';

const period = { from: '2026-11-15T16:00:00.000Z', cutoff: '2026-11-22T16:00:00.000Z', timezone: 'Asia/Shanghai' as const };
const counts = (n: number) => ({ items: n, open: n, dueThisWeek: 1, overdue: 0, reported: n, notReported: 0, reportsMissed: 1 });
const dispatchRow = (unitId: string, n: number): DispatchRow => ({ unitId, name: unitId, ...counts(n) });
const dispatch: DispatchReport = {
  kind: 'dispatch',
  period: '2026-W47',
  ...period,
  units: [dispatchRow('a-water', 2), dispatchRow('a-waste', 3), dispatchRow('b-water', 5)],
  totals: { items: 10, open: 10, dueThisWeek: 3, overdue: 0, reported: 10, notReported: 0, reportsMissed: 3 },
};
const bulletinRow = (rank: number, unitId: string, bottom = false) =>
  ({ rank, unitId, name: unitId, items: 1, bottom }) as unknown as BulletinRow;
const bulletin: BulletinReport = {
  kind: 'bulletin',
  period: '2026-11',
  ...period,
  units: [bulletinRow(1, 'b-water'), bulletinRow(2, 'a-water'), bulletinRow(3, 'b-eco', true)],
  bottom: [{ unitId: 'b-eco', name: 'b-eco' }],
};

describe('a report as a scoped caller sees it', () => {
  it('is the whole report for an admin', () => {
    expect(reportInScope(dispatch, 'all')).toBe(dispatch);
    expect(reportInScope(bulletin, 'all')).toBe(bulletin);
  });

  it('keeps the dispatch rows of the units in scope, with totals over those rows', () => {
    const seen = reportInScope(dispatch, new Set(['a', 'a-water', 'a-waste'])) as DispatchReport;
    expect(seen.units.map((r) => r.unitId)).toEqual(['a-water', 'a-waste']);
    expect(seen.totals).toEqual({ items: 5, open: 5, dueThisWeek: 2, overdue: 0, reported: 5, notReported: 0, reportsMissed: 2 });
    expect(seen.period).toBe('2026-W47');
  });

  it('keeps the bulletin rows of the units in scope with their ranks in the whole bulletin, and names only their bottom units', () => {
    const a = reportInScope(bulletin, new Set(['a-water'])) as BulletinReport;
    expect(a.units.map((r) => [r.rank, r.unitId])).toEqual([[2, 'a-water']]);
    expect(a.bottom).toEqual([]);
    const b = reportInScope(bulletin, new Set(['b-water', 'b-eco'])) as BulletinReport;
    expect(b.units.map((r) => r.unitId)).toEqual(['b-water', 'b-eco']);
    expect(b.bottom).toEqual([{ unitId: 'b-eco', name: 'b-eco' }]);
  });

  it('is empty for a caller with no units', () => {
    expect((reportInScope(dispatch, new Set()) as DispatchReport).units).toEqual([]);
    expect((reportInScope(bulletin, new Set()) as BulletinReport).bottom).toEqual([]);
  });
});
