import type { Evidence, ItemDefinition, MilestonePlan, Responsibility } from './item';
import type { CalendarData } from './calendar';
import type { EscalationLevel, Policy } from './policy';

export const itemStatuses = ['assigned', 'in_progress', 'in_public_notice', 'awaiting_verification', 'closed', 'consolidated'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export interface Milestone extends MilestonePlan {
  reached: boolean;
  missed: boolean;
}

export const revisitStatuses = ['scheduled', 'due', 'consolidated', 'relapsed', 'cancelled'] as const;

export interface Revisit {
  revisitId: string;
  dueAt: string;
  status: (typeof revisitStatuses)[number];
}

export interface FiledItem extends Omit<ItemDefinition, 'milestones'>, Responsibility {
  status: ItemStatus;
  policy: Policy;
  milestones: Milestone[];
  originalDeadline: string | null;
  filedAt: string;
  acknowledgedAt?: string;
  percent: number;
  indicatorValue?: number;
  reportCount: number;
  lastReportAt?: string;
  pendingExtension?: { requestId: string; proposedDeadline: string; reason: string; requestedAt: string };
  extensionCount: number;
  closureRequest?: { evidence: Evidence[]; note?: string; requestedAt: string; noticeEndsAt?: string };
  rejectionCount: number;
  /** An objection raised during the public notice that the responsible unit has not answered yet. */
  openObjection?: { reason: string; raisedAt: string };
  dueSoon: boolean;
  overdue: boolean;
  closedAt?: string;
  revisits: Revisit[];
  relapseCount: number;
  /** The working-day calendar its timers follow; absent: weekdays only, no holidays. */
  calendar?: CalendarData;
  /** Reminders already sent, by key (`deadline:2027-06-30`, `milestone:m1`, `report:3`). */
  remindersSent: string[];
  /** Where report periods are counted from: acknowledgement, or reopening after a relapse. */
  cadenceAnchor?: string;
  /** The last period recorded as missed (periods are numbered 1, 2, … from the anchor). */
  lastMissedPeriod: number;
  missedReportsInARow: number;
  escalation: {
    level: EscalationLevel | null;
    /** Raised by a leader's hand: not stepped down automatically before closure. */
    manual?: boolean;
    proposed?: EscalationLevel;
    proposedTrigger?: string;
    documentNumbers: string[];
  };
}

export type ItemState = { status: 'unfiled' } | FiledItem;

export const initialState = (): ItemState => ({ status: 'unfiled' });

export const isFiled = (state: ItemState): state is FiledItem => state.status !== 'unfiled';
