import type { Database } from '@closeloop/db';
import { type FiledItem, awaitingSupervisor, nextReportDue, nextWakeUp, trafficLight } from '@closeloop/domain';
import type { Kysely } from 'kysely';
import type { ItemView } from './item-view.schema';

export { type ItemView, ItemViewSchema } from './item-view.schema';

/** What the view shows besides the item's state: its stream version and when its last event was recorded. */
export interface ItemViewMeta {
  version: number;
  updatedAt: Date;
}

/**
 * The one definition of the view, from the state the projection folds. Absent optional facts show as null (or
 * empty), times as ISO 8601 in UTC with milliseconds. A change here takes effect for every stored row with
 * `make rebuild` (docs/lifecycle.md); no migration rewrites views.
 */
export function toItemView(state: FiledItem, meta: ItemViewMeta): ItemView {
  return {
    id: state.itemId,
    planCode: state.planCode,
    code: state.code,
    title: state.title,
    finding: state.finding,
    target: state.target,
    measures: state.measures ?? [],
    kind: state.kind,
    indicator: state.indicator ?? null,
    indicatorValue: state.indicatorValue ?? null,
    status: state.status,
    light: trafficLight(state),
    deadline: state.deadline ?? null,
    originalDeadline: state.originalDeadline ?? null,
    overdue: state.overdue,
    percent: state.percent,
    milestones: state.milestones ?? [],
    responsibleUnitId: state.responsibleUnitId || null,
    cooperatingUnitIds: state.cooperatingUnitIds ?? [],
    responsiblePerson: state.responsiblePerson ?? null,
    supervisingUnitId: state.supervisingUnitId || null,
    leaderInCharge: state.leaderInCharge ?? null,
    pendingExtension: state.pendingExtension ?? null,
    closureRequest: state.closureRequest ?? null,
    revisits: state.revisits ?? [],
    awaiting: awaitingSupervisor(state) ?? null,
    relapseCount: state.relapseCount ?? 0,
    escalation: {
      level: state.escalation?.level ?? null,
      proposed: state.escalation?.proposed ?? null,
      documentNumbers: state.escalation?.documentNumbers ?? [],
    },
    missedReportsInARow: state.missedReportsInARow ?? 0,
    rejectionCount: state.rejectionCount ?? 0,
    reportCount: state.reportCount ?? 0,
    lastReportAt: state.lastReportAt ?? null,
    nextReportDue: nextReportDue(state)?.dueAt.toISOString() ?? null,
    closedAt: state.closedAt ?? null,
    nextWakeUp: nextWakeUp(state)?.toISOString() ?? null,
    filedAt: new Date(state.filedAt).toISOString(),
    updatedAt: meta.updatedAt.toISOString(),
    version: meta.version,
  };
}

/** The item's stored view (items.view), as the item projection wrote it. */
export async function findItem(db: Kysely<Database>, itemId: string): Promise<ItemView | undefined> {
  const row = await db.selectFrom('items').select('view').where('id', '=', itemId).executeTakeFirst();
  return row && (row.view as unknown as ItemView);
}
