import type { BulletinReport, DispatchCounts, DispatchReport, Report } from '@closeloop/reports';
import type { Scope } from '../common/auth/principal';
import { inScope } from '../common/auth/scope';

/**
 * A report as a scoped caller (a leader) may see it: only the rows of responsible units in its scope (with their
 * sub-units). The dispatch's totals are those of the rows shown; the bulletin keeps each unit's rank and bottom
 * mark from the whole ranking, which is the bulletin as issued.
 */
export function reportInScope(report: Report, scope: Scope): Report {
  if (scope === 'all') return report;
  return report.kind === 'dispatch' ? dispatchInScope(report, scope) : bulletinInScope(report, scope);
}

function dispatchInScope(report: DispatchReport, scope: ReadonlySet<string>): DispatchReport {
  const units = report.units.filter((row) => inScope(scope, row.unitId));
  const totals = Object.fromEntries(Object.keys(report.totals).map((key) => [key, 0])) as unknown as DispatchCounts;
  for (const row of units) for (const key of Object.keys(totals) as (keyof DispatchCounts)[]) totals[key] += row[key];
  return { ...report, units, totals };
}

function bulletinInScope(report: BulletinReport, scope: ReadonlySet<string>): BulletinReport {
  return {
    ...report,
    units: report.units.filter((row) => inScope(scope, row.unitId)),
    bottom: report.bottom.filter((unit) => inScope(scope, unit.unitId)),
  };
}
