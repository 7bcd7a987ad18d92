import type { Database } from '@closeloop/db';
import type { FiledItem, TrafficLight } from '@closeloop/domain';
import type { Kysely, Selectable } from 'kysely';

/** The item as the API shows it. */
export interface ItemView {
  id: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  measures: string[];
  kind: FiledItem['kind'];
  indicator: FiledItem['indicator'] | null;
  indicatorValue: number | null;
  status: FiledItem['status'];
  light: TrafficLight;
  deadline: string | null;
  originalDeadline: string | null;
  overdue: boolean;
  percent: number;
  milestones: FiledItem['milestones'];
  responsibleUnitId: string | null;
  cooperatingUnitIds: string[];
  responsiblePerson: string | null;
  supervisingUnitId: string | null;
  leaderInCharge: string | null;
  pendingExtension: FiledItem['pendingExtension'] | null;
  closureRequest: FiledItem['closureRequest'] | null;
  revisits: FiledItem['revisits'];
  relapseCount: number;
  escalation: { level: FiledItem['escalation']['level']; proposed: string | null; documentNumbers: string[] };
  missedReportsInARow: number;
  rejectionCount: number;
  reportCount: number;
  lastReportAt: string | null;
  closedAt: string | null;
  nextWakeUp: string | null;
  filedAt: string;
  updatedAt: string;
  version: number;
}

export async function findItem(db: Kysely<Database>, itemId: string): Promise<ItemView | undefined> {
  const row = await db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirst();
  return row && toItemView(row);
}

export function toItemView(row: Selectable<Database['items']>): ItemView {
  const state = row.state as unknown as FiledItem;
  return {
    id: row.id,
    planCode: row.plan_code,
    code: row.code,
    title: row.title,
    finding: state.finding,
    target: state.target,
    measures: state.measures ?? [],
    kind: state.kind,
    indicator: state.indicator ?? null,
    indicatorValue: state.indicatorValue ?? null,
    status: state.status,
    light: row.light as TrafficLight,
    deadline: row.deadline,
    originalDeadline: row.original_deadline,
    overdue: row.overdue,
    percent: row.percent,
    milestones: state.milestones ?? [],
    responsibleUnitId: row.responsible_unit_id,
    cooperatingUnitIds: state.cooperatingUnitIds ?? [],
    responsiblePerson: state.responsiblePerson ?? null,
    supervisingUnitId: row.supervising_unit_id,
    leaderInCharge: state.leaderInCharge ?? null,
    pendingExtension: state.pendingExtension ?? null,
    closureRequest: state.closureRequest ?? null,
    revisits: state.revisits ?? [],
    relapseCount: row.relapse_count,
    escalation: {
      level: state.escalation?.level ?? null,
      proposed: state.escalation?.proposed ?? null,
      documentNumbers: state.escalation?.documentNumbers ?? [],
    },
    missedReportsInARow: state.missedReportsInARow ?? 0,
    rejectionCount: state.rejectionCount ?? 0,
    reportCount: state.reportCount ?? 0,
    lastReportAt: state.lastReportAt ?? null,
    closedAt: state.closedAt ?? null,
    nextWakeUp: row.next_wake_up?.toISOString() ?? null,
    filedAt: row.filed_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
