import type { ItemEvent } from '../../api/queries';
import { formatDate, formatDateTime } from '../../lib/dates';
import { type EscalationLevel, escalationLabel, eventLabel, reminderSubjectLabel, roleLabel } from '../../lib/labels';

type Data = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** What happened, in words: the event's name and, where it has one, what it was about. */
export function whatHappened(event: ItemEvent): { title: string; detail?: string } {
  const data = event.data as Data;
  const name = eventLabel[event.type] ?? event.type;
  switch (event.type) {
    case 'ProgressReported': {
      const parts = [`进度 ${String(data.percent)}%`];
      if (typeof data.indicatorValue === 'number') parts.push(`指标值 ${data.indicatorValue}`);
      const reached = (data.milestonesReached as string[] | undefined) ?? [];
      if (reached.length > 0) parts.push(`完成阶段性目标 ${reached.length} 项`);
      if (text(data.note)) parts.push(String(data.note));
      return { title: name, detail: parts.join('；') };
    }
    case 'ExtensionRequested':
      return { title: name, detail: `申请延至 ${formatDate(text(data.proposedDeadline))}` };
    case 'ExtensionApproved':
      return { title: name, detail: `整改时限由 ${formatDate(text(data.previousDeadline))} 延至 ${formatDate(text(data.newDeadline))}` };
    case 'ItemReassigned':
      return { title: name, detail: `由 ${String(data.fromUnitId)} 调整为 ${String(data.toUnitId)}` };
    case 'ClosureRequested':
      return {
        title: name,
        detail: `佐证材料 ${((data.evidence as unknown[]) ?? []).length} 项${text(data.note) ? `；${String(data.note)}` : ''}`,
      };
    case 'ObjectionAnswered':
      return { title: name, detail: `针对异议“${String(data.objection)}”：${String(data.answer)}` };
    case 'PublicNoticeStarted':
      return { title: name, detail: `公示至 ${formatDateTime(text(data.endsAt))}` };
    case 'ItemReopened':
      return { title: name, detail: `新的整改时限 ${formatDate(text(data.newDeadline))}` };
    case 'ReminderDue':
      return { title: `${reminderSubjectLabel[String(data.subject)] ?? ''}${name}`, detail: `${formatDateTime(text(data.dueAt))} 到期` };
    case 'ReportMissed':
      return { title: name, detail: `连续 ${String(data.missedInARow)} 期未报送` };
    case 'EscalationRaised':
    case 'EscalationProposed': {
      const level = escalationLabel[data.level as EscalationLevel] ?? String(data.level);
      return { title: `${name}：${level}`, detail: text(data.documentNumber) ? `文号 ${String(data.documentNumber)}` : undefined };
    }
    case 'EscalationSteppedDown':
      return { title: name, detail: data.to ? `降为${escalationLabel[data.to as EscalationLevel]}` : '解除' };
    default:
      return { title: name };
  }
}

/** Why: the reason the actor gave (the command's), or the event's own reasons. */
export function why(event: ItemEvent): string | undefined {
  const metadata = event.metadata as Data;
  const data = event.data as Data;
  if (Array.isArray(data.reasons) && data.reasons.length > 0) return (data.reasons as string[]).join('；');
  return text(metadata.reason) ?? text(data.reason);
}

/** Who: the person's (or key's) name, their units and role; the system for time-driven facts. */
export function who(event: ItemEvent, unitName: (id: string) => string): { name: string; units?: string; role?: string } {
  const metadata = event.metadata as Data;
  const role = String(metadata.role ?? 'system');
  if (role === 'system') return { name: '系统（自动）' };
  const roleName = roleLabel[role as keyof typeof roleLabel] ?? role;
  const units = ((metadata.actorUnitIds as string[] | undefined) ?? []).map(unitName).join('、');
  const name = text(metadata.actorName);
  // Events recorded before names were: the role alone.
  return name ? { name, units: units || undefined, role: roleName } : { name: roleName, units: units || undefined };
}
