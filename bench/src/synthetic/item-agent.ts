import {
  type CommandMetadata,
  type Evidence,
  type FiledItem,
  type ItemCommand,
  type ItemState,
  type Role,
  dateOf,
  effectiveDeadline,
  endOfDay,
  isFiled,
  periodEnd,
  periodOf,
} from '@closeloop/domain';
import { randomUUID } from 'node:crypto';
import { importer, principalFor } from './organisation';
import type { ItemSpec } from './specs';

const DAY = 86_400_000;

/** A command the people around an item mean to send at an instant; `key` names it, so it is sent (or refused) once. */
export interface PlannedCommand {
  at: number;
  key: string;
  command: ItemCommand;
}

/**
 * The responsible unit and the supervising unit of one item, as a plan office sees them behave: they acknowledge,
 * report most months (some late, some never), ask for more time, apply for closure, get rejected now and then,
 * verify and revisit. Every choice is a stable function of the item and what it is about (`draw`), so a life is
 * the same on every run and does not depend on how often it is asked.
 */
export class ItemAgent {
  constructor(private readonly spec: ItemSpec) {}

  /** The next command after `now`, given the item as it stands. */
  next(state: ItemState, now: number, done: ReadonlySet<string>): PlannedCommand | undefined {
    const candidates = isFiled(state) ? this.candidates(state, now) : [this.file()];
    let best: PlannedCommand | undefined;
    for (const candidate of candidates) {
      if (!candidate || done.has(candidate.key)) continue;
      const at = Math.max(candidate.at, now);
      if (!best || at < best.at) best = { ...candidate, at };
    }
    return best;
  }

  private candidates(item: FiledItem, now: number): (PlannedCommand | undefined)[] {
    switch (item.status) {
      case 'assigned':
        return [this.reassign(item), this.acknowledge(item)];
      case 'in_progress':
        return [this.report(item, now), this.requestExtension(item), this.decideExtension(item), this.requestClosure(item)];
      case 'awaiting_verification':
        return [this.verify(item)];
      case 'closed':
        return item.revisits.filter((r) => r.status === 'due').map((r) => this.recordRevisit(item, r.revisitId, Date.parse(r.dueAt)));
      default:
        return [];
    }
  }

  private file(): PlannedCommand {
    const s = this.spec;
    return {
      at: s.filedAt,
      key: 'file',
      command: {
        type: 'FileItem',
        data: {
          itemId: s.itemId,
          planCode: s.planCode,
          code: s.code,
          title: s.title,
          finding: s.finding,
          target: s.target,
          measures: ['制定专项整改方案', '明确责任人和时间节点', '每月调度整改进展'],
          kind: s.kind,
          deadline: s.deadline,
          milestones: s.milestones,
          responsibleUnitId: s.responsibleUnitId,
          cooperatingUnitIds: s.responsibleUnitId === 'hhht-eco' ? [] : ['hhht-eco'],
          responsiblePerson: '分管副局长',
          supervisingUnitId: s.supervisingUnitId,
          leaderInCharge: '分管副市长',
          policy: s.policy,
          calendar: s.calendar,
        },
        metadata: metadata('admin', importer.id, 'all'),
      },
    };
  }

  private reassign(item: FiledItem): PlannedCommand | undefined {
    if (this.draw('reassign') > 0.03) return undefined;
    const to = item.responsibleUnitId === 'hhht-water' ? 'hhht-eco' : 'hhht-water';
    return {
      at: Date.parse(item.filedAt) + this.between('reassign-at', 0.5, 3) * DAY,
      key: 'reassign',
      command: {
        type: 'ReassignItem',
        data: { responsibleUnitId: to, reason: '职责调整，改由主管部门牵头整改' },
        metadata: this.supervisor(item),
      },
    };
  }

  private acknowledge(item: FiledItem): PlannedCommand {
    return {
      at: Date.parse(item.filedAt) + this.between(`ack:${item.responsibleUnitId}`, 0.3, 6) * DAY,
      key: `ack:${item.responsibleUnitId}`,
      command: { type: 'AcknowledgeItem', data: {}, metadata: this.unit(item) },
    };
  }

  /** The next period's report, a day or two before it falls due; about one in eight is never sent. */
  private report(item: FiledItem, now: number): PlannedCommand | undefined {
    const anchor = item.cadenceAnchor;
    const every = item.policy.reportEvery;
    if (!anchor || !every) return undefined;
    const reported = item.lastReportAt ? periodOf(anchor, every, item.lastReportAt) : 0;
    for (let period = Math.max(reported, item.lastMissedPeriod) + 1, tries = 0; tries < 24; period++, tries++) {
      const key = `report:${anchor}:${period}`;
      const end = periodEnd(anchor, every, period).getTime();
      if (this.draw(`${key}:skip`) < 0.12) continue;
      if (end <= now) continue;
      const at = end - this.between(`${key}:early`, 0.2, 2.5) * DAY;
      const percent = Math.max(item.percent, this.percentAt(item, at));
      const reached = item.milestones.filter((m) => !m.reached && Date.parse(m.due) - 10 * DAY <= at).map((m) => m.id);
      return {
        at,
        key,
        command: {
          type: 'ReportProgress',
          data: {
            percent,
            note: percent >= 90 ? '主体工程已完工，正在组织自查' : `按计划推进，完成第${period}期调度任务`,
            evidence: [{ kind: 'photo', ref: `https://files.example.gov.cn/${item.itemId}/progress-${period}.jpg`, name: '现场照片.jpg' }],
            milestonesReached: reached,
          },
          metadata: this.unit(item),
        },
      };
    }
    return undefined;
  }

  private requestExtension(item: FiledItem): PlannedCommand | undefined {
    if (!item.deadline || item.pendingExtension || item.extensionCount > 0 || this.draw('extension') > 0.1) return undefined;
    const due = endOfDay(item.deadline).getTime();
    const proposed = dateOf(new Date(due + this.between('extension-days', 30, 120) * DAY));
    return {
      at: due - this.between('extension-early', 10, 25) * DAY,
      key: 'extension-request',
      command: {
        type: 'RequestExtension',
        data: { requestId: `x-${item.extensionCount + 1}`, proposedDeadline: proposed, reason: '受冬季施工条件限制，工程无法按期完成' },
        metadata: this.unit(item),
      },
    };
  }

  private decideExtension(item: FiledItem): PlannedCommand | undefined {
    const pending = item.pendingExtension;
    if (!pending) return undefined;
    const approve = this.draw('extension-approve') < 0.7;
    return {
      at: Date.parse(pending.requestedAt) + this.between('extension-decision', 1, 5) * DAY,
      key: `extension-decision:${pending.requestId}`,
      command: {
        type: 'DecideExtension',
        data: { requestId: pending.requestId, approve, ...(approve ? {} : { reason: '理由不充分，请按原时限完成' }) },
        metadata: this.supervisor(item),
      },
    };
  }

  /** Most items apply for closure before their deadline, some after it; a rejected one applies again weeks later. */
  private requestClosure(item: FiledItem): PlannedCommand | undefined {
    if (item.kind === 'long_term') return undefined;
    const round = `${item.relapseCount}:${item.rejectionCount}`;
    const start = Date.parse(item.cadenceAnchor ?? item.filedAt);
    const deadline = effectiveDeadline(item);
    const span = (deadline ? endOfDay(deadline).getTime() : start + 180 * DAY) - start;
    const first = start + span * this.between(`closure:${item.relapseCount}`, 0.5, 1.15);
    const at = first + item.rejectionCount * this.between(`closure:${round}`, 25, 45) * DAY;
    const evidence: Evidence[] = item.policy.requiredEvidenceKinds.map((kind) => ({
      kind,
      ref: `https://files.example.gov.cn/${item.itemId}/closure-${round}.${kind === 'photo' ? 'jpg' : 'pdf'}`,
      name: kind === 'photo' ? '整改后现场照片.jpg' : '整改完成情况报告.pdf',
    }));
    return {
      at,
      key: `closure:${round}`,
      command: { type: 'RequestClosure', data: { evidence, note: '已按整改方案完成全部整改任务，申请销号' }, metadata: this.unit(item) },
    };
  }

  private verify(item: FiledItem): PlannedCommand | undefined {
    const request = item.closureRequest;
    if (!request) return undefined;
    const round = `${item.relapseCount}:${item.rejectionCount}`;
    const accept = item.rejectionCount > 0 || this.draw('reject-once') > 0.2;
    return {
      at: Date.parse(request.noticeEndsAt ?? request.requestedAt) + this.between(`verify:${round}`, 2, 9) * DAY,
      key: `verify:${round}`,
      command: {
        type: 'VerifyItem',
        data: accept
          ? { accept: true, reasons: [], note: '经现场核查，整改到位' }
          : { accept: false, reasons: ['现场仍有问题未整改到位', '佐证材料不完整'] },
        metadata: this.supervisor(item),
      },
    };
  }

  private recordRevisit(item: FiledItem, revisitId: string, dueAt: number): PlannedCommand {
    const relapsed = item.relapseCount === 0 && this.draw(`relapse:${revisitId}`) < 0.05;
    const at = dueAt + this.between(`revisit:${revisitId}`, 2, 10) * DAY;
    return {
      at,
      key: `revisit:${revisitId}`,
      command: {
        type: 'RecordRevisitResult',
        data: relapsed
          ? { revisitId, relapsed: true, findings: '问题出现反弹', newDeadline: dateOf(new Date(at + 90 * DAY)) }
          : { revisitId, relapsed: false, findings: '整改成效巩固' },
        metadata: this.supervisor(item),
      },
    };
  }

  /** 序时进度 times the unit's own pace: some keep up, some trail far enough to show yellow. */
  private percentAt(item: FiledItem, at: number): number {
    const start = Date.parse(item.cadenceAnchor ?? item.filedAt);
    const deadline = effectiveDeadline(item);
    const span = deadline ? endOfDay(deadline).getTime() - start : 365 * DAY;
    const pace = this.between('pace', 0.55, 1.35);
    return Math.min(item.kind === 'long_term' ? 100 : 99, Math.max(0, Math.round(((at - start) / span) * 100 * pace)));
  }

  private unit(item: FiledItem): CommandMetadata {
    return metadata('unit', principalFor('unit', item.responsibleUnitId).id, [item.responsibleUnitId]);
  }

  private supervisor(item: FiledItem): CommandMetadata {
    return metadata('supervisor', principalFor('supervisor', item.supervisingUnitId).id, [item.supervisingUnitId]);
  }

  private between(key: string, min: number, max: number): number {
    return min + (max - min) * this.draw(key);
  }

  /** A uniform number in [0, 1) fixed by the item and `key` (FNV-1a, then a murmur finaliser). */
  private draw(key: string): number {
    let h = 0x811c9dc5 ^ Math.imul(this.spec.index + 1, 0x9e3779b1);
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  }
}

function metadata(role: Role, actorId: string, scope: readonly string[] | 'all'): CommandMetadata {
  return { commandId: randomUUID(), actorId, role, scope, requestId: randomUUID() };
}
