import type { ItemEvent } from './events';
import type { EscalationLevel } from './policy';
import type { FiledItem } from './state';

/** Who hears of something, relative to the item. */
export type Audience =
  'responsible_unit' | 'responsible_unit_head' | 'supervising_unit' | 'leader_in_charge' | 'plan_owner' | 'discipline_body';

export interface NotificationIntent {
  kind: string;
  audience: Audience[];
  title: string;
  body: string;
  data?: Record<string, unknown>;
}

const levelNames: Record<EscalationLevel, string> = {
  warning: '预警',
  bulletin: '通报',
  supervision: '督办',
  summons: '约谈',
  accountability: '问责',
};

/** Each rung of the ladder notifies a wider circle. */
export const audienceOfLevel: Record<EscalationLevel, Audience[]> = {
  warning: ['responsible_unit', 'responsible_unit_head'],
  bulletin: ['responsible_unit', 'responsible_unit_head', 'supervising_unit', 'leader_in_charge'],
  supervision: ['responsible_unit', 'responsible_unit_head', 'supervising_unit', 'leader_in_charge', 'plan_owner'],
  summons: ['responsible_unit', 'responsible_unit_head', 'supervising_unit', 'leader_in_charge', 'plan_owner'],
  accountability: ['responsible_unit', 'responsible_unit_head', 'supervising_unit', 'leader_in_charge', 'plan_owner', 'discipline_body'],
};

const subjectNames = { report: '进展报送', milestone: '阶段性目标', deadline: '整改时限' } as const;

/** What people should hear about an event on an item (pure: recipients are resolved from the audience). */
export function notificationIntents(event: ItemEvent, item: FiledItem): NotificationIntent[] {
  const name = `【${item.planCode}-${item.code}】${item.title}`;
  switch (event.type) {
    case 'ItemAssigned':
      return [
        {
          kind: 'assigned',
          audience: ['responsible_unit'],
          title: `新整改任务：${name}`,
          body: `整改目标：${item.target}；整改时限：${item.deadline ?? '长期坚持'}`,
        },
      ];
    case 'ReminderDue':
      return [
        {
          kind: `reminder.${event.data.subject}`,
          audience: ['responsible_unit'],
          title: `提醒：${subjectNames[event.data.subject]}即将到期 ${name}`,
          body: `到期时间：${event.data.dueAt}`,
          data: { subject: event.data.subject, dueAt: event.data.dueAt },
        },
      ];
    case 'ReportMissed':
      return [
        {
          kind: 'report.missed',
          audience: ['responsible_unit', 'supervising_unit'],
          title: `未按期报送进展：${name}`,
          body: `第${event.data.period}期进展未报送（连续${event.data.missedInARow}期）`,
        },
      ];
    case 'DeadlineApproaching':
      return [
        {
          kind: 'deadline.approaching',
          audience: ['responsible_unit'],
          title: `整改时限临近：${name}`,
          body: `整改时限：${event.data.deadline}`,
        },
      ];
    case 'ItemOverdue':
      return [
        {
          kind: 'overdue',
          audience: ['responsible_unit', 'supervising_unit'],
          title: `已逾期：${name}`,
          body: `整改时限：${event.data.deadline}`,
        },
      ];
    case 'EscalationRaised': {
      const level = levelNames[event.data.level];
      const number = event.data.documentNumber ? `（${event.data.documentNumber}）` : '';
      return [
        {
          kind: `escalation.${event.data.level}`,
          audience: audienceOfLevel[event.data.level],
          title: `${level}${number}：${name}`,
          body: event.data.reason ?? `触发原因：${event.data.trigger}`,
          data: { level: event.data.level, trigger: event.data.trigger, documentNumber: event.data.documentNumber },
        },
      ];
    }
    case 'EscalationProposed':
      return [
        {
          kind: 'escalation.proposed',
          audience: ['leader_in_charge'],
          title: `待确认${levelNames[event.data.level]}：${name}`,
          body: `触发原因：${event.data.trigger}`,
          data: { level: event.data.level },
        },
      ];
    case 'EscalationSteppedDown':
      return [
        {
          kind: 'escalation.stepped_down',
          audience: ['responsible_unit', 'responsible_unit_head'],
          title: `解除${levelNames[event.data.from]}：${name}`,
          body: event.data.to ? `降为${levelNames[event.data.to]}` : '已恢复正常',
          data: { from: event.data.from, to: event.data.to },
        },
      ];
    case 'ObjectionRaised':
      return [
        {
          kind: 'objection.raised',
          audience: ['responsible_unit', 'supervising_unit'],
          title: `公示期间收到异议，请答复：${name}`,
          body: event.data.reason,
        },
      ];
    case 'ObjectionAnswered':
      return [
        {
          kind: 'objection.answered',
          audience: ['supervising_unit'],
          title: `异议已答复：${name}`,
          body: event.data.answer,
        },
      ];
    case 'VerificationRejected':
      return [
        {
          kind: 'verification.rejected',
          audience: ['responsible_unit'],
          title: `验收未通过：${name}`,
          body: event.data.reasons.join('；'),
        },
      ];
    case 'ItemClosed':
      return [
        {
          kind: 'closed',
          audience: ['responsible_unit', 'plan_owner'],
          title: `已销号：${name}`,
          body: `已备案（${event.data.filedWith}）`,
        },
      ];
    case 'RevisitDue':
      return [
        { kind: 'revisit.due', audience: ['supervising_unit'], title: `回头看到期：${name}`, body: `回头看 ${event.data.revisitId}` },
      ];
    case 'ItemReopened':
      return [
        {
          kind: 'reopened',
          audience: ['responsible_unit', 'supervising_unit', 'leader_in_charge'],
          title: `问题反弹，重新整改：${name}`,
          body: `新整改时限：${event.data.newDeadline}`,
        },
      ];
    default:
      return [];
  }
}
