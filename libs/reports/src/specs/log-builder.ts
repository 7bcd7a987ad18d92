import type { ReportEvent } from '../log-as-of';

/** `2026-11-17T10:00` (Shanghai wall time) → RFC 3339 instant. */
export const sh = (local: string): string => new Date(`${local}:00+08:00`).toISOString();

/** Builds a hand-made log in global order, with realistic event data (shapes from libs/domain events.ts). */
export class LogBuilder {
  readonly events: ReportEvent[] = [];

  /** Appends one event; `recordedAt` defaults to its business time. */
  add(type: string, itemId: string, at: string, data: Record<string, unknown> = {}, recordedAt: string = at): this {
    this.events.push({ type, streamId: `item-${itemId}`, recordedAt: new Date(recordedAt), data: { itemId, ...data, at } });
    return this;
  }

  /** ItemFiled + ItemAssigned (+ ItemAcknowledged when `acknowledgedAt`). */
  file(itemId: string, unitId: string, deadline: string | null, at: string, acknowledgedAt?: string): this {
    this.add('ItemFiled', itemId, at, {
      planCode: 'HHHT-2026',
      code: itemId,
      title: `整改事项 ${itemId}`,
      finding: '督察反馈问题',
      target: '整改到位',
      measures: ['排查', '整治'],
      kind: deadline ? 'time_bound' : 'long_term',
      deadline,
      milestones: [],
      policy: { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: [], reportEvery: 'P7D' },
    });
    this.add('ItemAssigned', itemId, at, { responsibleUnitId: unitId, cooperatingUnitIds: [], supervisingUnitId: 'hhht-eco' });
    if (acknowledgedAt) this.add('ItemAcknowledged', itemId, acknowledgedAt, { unitId });
    return this;
  }

  report(itemId: string, at: string, recordedAt?: string): this {
    return this.add('ProgressReported', itemId, at, { percent: 50, evidence: [], milestonesReached: [] }, recordedAt);
  }

  missed(itemId: string, at: string, period = 1): this {
    return this.add('ReportMissed', itemId, at, { period, dueAt: at, missedInARow: 1 });
  }

  overdue(itemId: string, deadline: string, at: string): this {
    return this.add('ItemOverdue', itemId, at, { deadline });
  }

  extend(itemId: string, previousDeadline: string, newDeadline: string, at: string): this {
    return this.add('ExtensionApproved', itemId, at, { requestId: `x-${itemId}`, previousDeadline, newDeadline });
  }

  reassign(itemId: string, fromUnitId: string, toUnitId: string, at: string): this {
    return this.add('ItemReassigned', itemId, at, { fromUnitId, toUnitId, reason: '职责调整' });
  }

  close(itemId: string, at: string, recordedAt?: string): this {
    this.add('VerificationAccepted', itemId, at, {}, recordedAt);
    return this.add('ItemClosed', itemId, at, { filedWith: 'hhht', revisits: [] }, recordedAt);
  }

  relapse(itemId: string, newDeadline: string, relapseCount: number, at: string): this {
    this.add('RelapseFound', itemId, at, { revisitId: `r${relapseCount}-1`, findings: '问题反弹' });
    return this.add('ItemReopened', itemId, at, { newDeadline, relapseCount });
  }

  escalate(itemId: string, level: string, at: string): this {
    return this.add('EscalationRaised', itemId, at, { level, trigger: 'manual', reason: '进展滞后' });
  }
}
