import type { Schemas } from '@closeloop/api-client';
import type { Role } from '../api/session-api';

type Item = Schemas['ItemView'];

/** The words officials use (shared/domain.md's glossary): every label the app shows for an API value. */

export const statusLabel: Record<Item['status'], string> = {
  assigned: '待签收',
  in_progress: '整改中',
  in_public_notice: '公示中',
  awaiting_verification: '待验收',
  closed: '已销号',
  consolidated: '已巩固',
};

export const lightLabel: Record<Item['light'], string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
/** The lights' colours: the signal's own hue, with text that stays readable on it (WCAG AA). */
export const lightColor: Record<Item['light'], { background: string; color: string }> = {
  green: { background: '#237804', color: '#fff' },
  yellow: { background: '#fadb14', color: '#262626' },
  red: { background: '#cf1322', color: '#fff' },
};

export const kindLabel: Record<Item['kind'], string> = { immediate: '立行立改', time_bound: '限时整改', long_term: '长期坚持' };

export type EscalationLevel = NonNullable<Item['escalation']['level']>;
export const escalationLabel: Record<EscalationLevel, string> = {
  warning: '预警',
  bulletin: '通报',
  supervision: '督办',
  summons: '约谈',
  accountability: '问责',
};

export const roleLabel: Record<Role | 'integrator' | 'system', string> = {
  unit: '责任单位',
  supervisor: '监督单位',
  leader: '领导',
  admin: '方案管理',
  integrator: '系统对接',
  system: '系统',
};

/** The item's events by type, as the timeline names them. */
export const eventLabel: Record<string, string> = {
  ItemFiled: '建档立案',
  ItemAssigned: '落实责任',
  ItemAcknowledged: '签收',
  ProgressReported: '进展填报',
  ExtensionRequested: '申请延期',
  ExtensionApproved: '延期获批',
  ExtensionRejected: '延期未获批',
  ItemReassigned: '调整责任单位',
  ClosureRequested: '申请销号',
  PublicNoticeStarted: '开始公示',
  ObjectionRaised: '公示期间收到异议',
  ObjectionAnswered: '答复异议',
  PublicNoticeEnded: '公示期满',
  VerificationAccepted: '验收通过',
  VerificationRejected: '验收未通过',
  ItemClosed: '销号',
  RevisitDue: '回头看到期',
  RevisitConsolidated: '回头看：整改成果巩固',
  ItemConsolidated: '整改巩固',
  RelapseFound: '回头看：问题反弹',
  ItemReopened: '重新整改',
  MilestoneMissed: '阶段性目标逾期',
  DeadlineApproaching: '临近整改时限',
  ItemOverdue: '逾期未完成',
  ReminderDue: '提醒',
  ReportMissed: '未按期报送进展',
  EscalationRaised: '升级',
  EscalationProposed: '建议升级',
  EscalationSteppedDown: '降级',
  CalendarApplied: '工作日历更新',
};

export const reminderSubjectLabel: Record<string, string> = { report: '进展报送', milestone: '阶段性目标', deadline: '整改时限' };

/** The item decider's refusals (`/problems/<code>`, 422), in words, with the form field each is about. */
export const refusalOf: Record<string, { field?: string; text: string }> = {
  'bad-percent': { field: 'percent', text: '进度须在 0 到 100 之间' },
  'no-indicator': { field: 'indicatorValue', text: '该任务没有量化指标' },
  'unknown-milestone': { field: 'milestonesReached', text: '所选阶段性目标不属于该任务' },
  'bad-deadline': { field: 'proposedDeadline', text: '请选择有效的日期' },
  'not-later': { field: 'proposedDeadline', text: '申请的时限须晚于现行整改时限' },
  'reason-required': { field: 'reason', text: '请填写理由' },
  'evidence-required': { field: 'evidence', text: '申请销号须提供佐证材料' },
  'evidence-missing': { field: 'evidence', text: '缺少方案要求的佐证材料类型' },
};
