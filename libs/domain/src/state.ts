import type { Evidence, ItemDefinition, MilestonePlan, Responsibility } from './item';
import type { Policy } from './policy';

export const itemStatuses = [
  'assigned',
  'in_progress',
  'in_public_notice',
  'awaiting_verification',
  'closed',
  'consolidated',
] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export interface Milestone extends MilestonePlan {
  reached: boolean;
  missed: boolean;
}

export interface Revisit {
  revisitId: string;
  dueAt: string;
  status: 'scheduled' | 'due' | 'consolidated' | 'relapsed' | 'cancelled';
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
  dueSoon: boolean;
  overdue: boolean;
  closedAt?: string;
  revisits: Revisit[];
  relapseCount: number;
}

export type ItemState = { status: 'unfiled' } | FiledItem;

export const initialState = (): ItemState => ({ status: 'unfiled' });

export const isFiled = (state: ItemState): state is FiledItem => state.status !== 'unfiled';
