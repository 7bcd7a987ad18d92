import type { EscalationLevel, ItemEventType } from '@closeloop/domain';

/**
 * What the reports read from the event log: one recorded event, in global order.
 *
 * Time rules (see README.md):
 * - `recordedAt` is when the log learnt the fact (the database's `recorded_at`). An event recorded after the
 *   cut-off is ignored, so a report, once its period is over, never changes whatever is appended later,
 *   even a fact dated back into the period.
 * - `data.at` is the business time of the fact (when the workflow decided it). It says into which week or
 *   month a fact falls (a progress report "this week", a relapse "this month") and when an item was
 *   closed. An event whose `data.at` is after the cut-off is ignored too (it cannot have happened yet).
 *   In production `data.at` ≤ `recordedAt` (the workflow decides, then the activity appends); an event
 *   without a readable `data.at` falls back to `recordedAt`.
 */
export interface ReportEvent {
  type: string;
  data: Record<string, unknown>;
  streamId: string;
  recordedAt: Date | string;
}

/** A unit's display name, from the `units` table. */
export interface UnitName {
  id: string;
  name: string;
}

/** The event types the reports read; everything else in the log is skipped. */
export const reportEventTypes = [
  'ItemFiled',
  'ItemAssigned',
  'ItemReassigned',
  'ItemAcknowledged',
  'ProgressReported',
  'ExtensionApproved',
  'ItemReopened',
  'ItemOverdue',
  'ItemClosed',
  'ItemConsolidated',
  'ReportMissed',
  'RelapseFound',
  'EscalationRaised',
] as const satisfies readonly ItemEventType[];

/** One item as of the cut-off. */
export interface ItemAsOf {
  itemId: string;
  planCode: string;
  code: string;
  title: string;
  /** The responsible unit as of the cut-off (ItemAssigned, then each ItemReassigned). */
  unitId?: string;
  /** The deadline as of the cut-off (filed, moved by an approved extension or a reopening); null: long-term. */
  deadline: string | null;
  status: 'open' | 'closed' | 'consolidated';
  /** The current responsible unit has acknowledged it (a reassignment needs a new acknowledgement). */
  acknowledged: boolean;
  /** An ItemOverdue not cleared since by an approved extension, a reopening or a closure. */
  overdue: boolean;
  /** Business time of the last ItemClosed (ms), while closed or consolidated. */
  closedAt?: number;
  /** Business times (ms) of every progress report, by any unit. */
  reportTimes: number[];
}

/** A fact that counts against (or for) the unit responsible for the item when it happened. */
export interface UnitFact {
  type: 'ProgressReported' | 'ReportMissed' | 'RelapseFound' | 'EscalationRaised';
  itemId: string;
  unitId: string;
  /** Business time (ms). */
  at: number;
  level?: EscalationLevel;
}

export interface LogAsOf {
  items: Map<string, ItemAsOf>;
  facts: UnitFact[];
}

const itemStreamPrefix = 'item-';
const relevant = new Set<string>(reportEventTypes);

const msOf = (value: Date | string): number => (value instanceof Date ? value.getTime() : Date.parse(value));

/** The business time of an event: `data.at`, or when it was recorded if `data.at` is missing. */
export function businessTimeOf(event: ReportEvent): number {
  const at = typeof event.data.at === 'string' ? Date.parse(event.data.at) : NaN;
  return Number.isNaN(at) ? msOf(event.recordedAt) : at;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Folds the log (in global order) into each item's state as of the cut-off, plus the facts attributed to
 * the unit responsible at the time. Pure: the same events and cut-off always give the same result.
 */
export function foldLogAsOf(events: Iterable<ReportEvent>, cutoff: Date): LogAsOf {
  const limit = cutoff.getTime();
  const items = new Map<string, ItemAsOf>();
  const facts: UnitFact[] = [];
  for (const event of events) {
    if (!relevant.has(event.type) || !event.streamId.startsWith(itemStreamPrefix)) continue;
    if (msOf(event.recordedAt) > limit) continue;
    const at = businessTimeOf(event);
    if (at > limit) continue;
    const data = event.data;
    const itemId = str(data.itemId) ?? event.streamId.slice(itemStreamPrefix.length);
    if (event.type === 'ItemFiled') {
      items.set(itemId, {
        itemId,
        planCode: str(data.planCode) ?? '',
        code: str(data.code) ?? '',
        title: str(data.title) ?? '',
        deadline: str(data.deadline) ?? null,
        status: 'open',
        acknowledged: false,
        overdue: false,
        reportTimes: [],
      });
      continue;
    }
    const item = items.get(itemId);
    if (!item) continue; // an event of an item filed after the cut-off (cannot happen in one stream) or of a foreign stream
    const unitFact = (type: UnitFact['type'], level?: EscalationLevel) => {
      if (item.unitId) facts.push({ type, itemId, unitId: item.unitId, at, ...(level ? { level } : {}) });
    };
    switch (event.type) {
      case 'ItemAssigned':
        item.unitId = str(data.responsibleUnitId) ?? item.unitId;
        break;
      case 'ItemReassigned':
        item.unitId = str(data.toUnitId) ?? item.unitId;
        item.acknowledged = false;
        break;
      case 'ItemAcknowledged':
        item.acknowledged = true;
        break;
      case 'ProgressReported':
        item.reportTimes.push(at);
        unitFact('ProgressReported');
        break;
      case 'ExtensionApproved':
        item.deadline = str(data.newDeadline) ?? item.deadline;
        item.overdue = false;
        break;
      case 'ItemReopened':
        item.deadline = str(data.newDeadline) ?? item.deadline;
        item.status = 'open';
        item.overdue = false;
        item.closedAt = undefined;
        break;
      case 'ItemOverdue':
        if (item.status === 'open') item.overdue = true;
        break;
      case 'ItemClosed':
        item.status = 'closed';
        item.overdue = false;
        item.closedAt = at;
        break;
      case 'ItemConsolidated':
        item.status = 'consolidated';
        break;
      case 'ReportMissed':
        unitFact('ReportMissed');
        break;
      case 'RelapseFound':
        unitFact('RelapseFound');
        break;
      case 'EscalationRaised':
        unitFact('EscalationRaised', str(data.level) as EscalationLevel | undefined);
        break;
    }
  }
  return { items, facts };
}

/** Display names by unit id; an unknown unit shows its id. */
export const nameLookup = (units: readonly UnitName[]) => {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (unitId: string) => names.get(unitId) ?? unitId;
};

/** A ratio rounded to 4 decimals for display (ranking compares the exact fractions). */
export const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
