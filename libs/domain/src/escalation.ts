import { dateOf } from './calendar-date';
import type { EscalationTrigger, ItemEvent } from './events';
import { type EscalationLevel, type EscalationRule, escalationLevels } from './policy';
import type { FiledItem } from './state';
import { overdueByWorkingDaysAt, workingDaysOverdue } from './working-time';

export const levelIndex = (level: EscalationLevel | null | undefined): number => (level ? escalationLevels.indexOf(level) : -1);

const open = (item: FiledItem) => item.status !== 'closed' && item.status !== 'consolidated';

function triggerOf(rule: EscalationRule, item: FiledItem, now: Date): EscalationTrigger | undefined {
  if (rule.onRelapse && item.relapseCount > 0) return 'relapse';
  if (rule.missedReports !== undefined && rule.missedReports > 0 && item.missedReportsInARow >= rule.missedReports) return 'missed_reports';
  if (rule.overdueWorkingDays !== undefined && item.overdue && workingDaysOverdue(item, now) >= rule.overdueWorkingDays) return 'overdue';
  return undefined;
}

/** The highest level the policy's ladder calls for now, and why; none once the item is closed. */
export function ladderTarget(item: FiledItem, now: Date): { level: EscalationLevel; trigger: EscalationTrigger } | undefined {
  if (!open(item)) return undefined;
  let best: { level: EscalationLevel; trigger: EscalationTrigger } | undefined;
  for (const rule of item.policy.escalation ?? []) {
    const trigger = triggerOf(rule, item, now);
    if (trigger && levelIndex(rule.level) > levelIndex(best?.level)) best = { level: rule.level, trigger };
  }
  return best;
}

/**
 * After anything happened: climb to the level the ladder calls for (or propose it, when a leader must
 * confirm), or step down when the item is back on track. A level raised by hand stays until closure.
 */
export function ladderEvents(item: FiledItem, now: Date): ItemEvent[] {
  const itemId = item.itemId;
  const at = now.toISOString();
  const target = ladderTarget(item, now);
  const { level: current, proposed, manual } = item.escalation;
  if (levelIndex(target?.level) > levelIndex(current)) {
    const { level, trigger } = target!;
    const confirmFrom = item.policy.confirmFrom;
    if (confirmFrom && levelIndex(level) >= levelIndex(confirmFrom)) {
      return proposed === level ? [] : [{ type: 'EscalationProposed', data: { itemId, level, trigger, at } }];
    }
    return [{ type: 'EscalationRaised', data: { itemId, level, trigger, at } }];
  }
  const stepDown = levelIndex(target?.level) < levelIndex(current) && (!manual || !open(item));
  if (stepDown || (proposed && levelIndex(target?.level) < levelIndex(proposed))) {
    return [
      { type: 'EscalationSteppedDown', data: { itemId, from: current ?? proposed!, to: stepDown ? (target?.level ?? null) : current, at } },
    ];
  }
  return [];
}

/** The instants at which an overdue-days rung above the current level will be reached. */
export function ladderCheckpoints(item: FiledItem): Date[] {
  if (!open(item) || !item.deadline) return [];
  return (item.policy.escalation ?? [])
    .filter(
      (rule) =>
        rule.overdueWorkingDays !== undefined &&
        levelIndex(rule.level) > Math.max(levelIndex(item.escalation.level), levelIndex(item.escalation.proposed)),
    )
    .map((rule) => overdueByWorkingDaysAt(item, rule.overdueWorkingDays!))
    .filter((at): at is Date => at !== undefined);
}

const documentKinds: Partial<Record<EscalationLevel, string>> = { supervision: '督办', summons: '约谈' };

/** Supervision orders and summons carry a document number such as 督办〔2026〕17号. */
export const documentKindOf = (event: ItemEvent): string | undefined =>
  event.type === 'EscalationRaised' ? documentKinds[event.data.level] : undefined;

export const formatDocumentNumber = (kind: string, year: number, n: number): string => `${kind}〔${year}〕${n}号`;

/**
 * The yearly series an event's document number comes from: its kind (督办, 约谈) and the year, in Asia/Shanghai, of
 * the event's time; undefined for an event that gets no number. The number is the series' next one when the event
 * is appended (allocated by the item workflow).
 */
export function documentSeriesOf(event: ItemEvent): { kind: string; year: number } | undefined {
  const kind = documentKindOf(event);
  return kind ? { kind, year: Number(dateOf(new Date(event.data.at)).slice(0, 4)) } : undefined;
}
