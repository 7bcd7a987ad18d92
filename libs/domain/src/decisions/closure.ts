import type { AnswerObjection, RaiseObjection, RequestClosure, VerifyItem } from '../commands';
import { addDuration } from '../duration';
import type { ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';
import { mustBeIn, mustBeResponsibleUnit, mustBeSupervisingUnit, mustGiveReason, mustHaveRole } from './permissions';

export function requestClosure({ data, metadata }: RequestClosure, item: FiledItem, now: Date): ItemEvent[] {
  mustBeResponsibleUnit(item, metadata, 'apply for closure');
  mustBeIn(item, ['in_progress'], 'apply for closure');
  if (item.kind === 'long_term') refuse('conflict', 'long-term', 'a long-term item reports on its cadence and is not closed');
  if (data.evidence.length === 0) refuse('invalid', 'evidence-required', 'a closure request needs evidence');
  const given = new Set(data.evidence.map((e) => e.kind));
  const missing = item.policy.requiredEvidenceKinds.filter((kind) => !given.has(kind));
  if (missing.length > 0) refuse('invalid', 'evidence-missing', `the policy requires evidence of kind ${missing.join(', ')}`);
  const at = now.toISOString();
  const events: ItemEvent[] = [{ type: 'ClosureRequested', data: { itemId: item.itemId, evidence: data.evidence, note: data.note, at } }];
  if (item.policy.publicNoticePeriod) {
    const endsAt = addDuration(now, item.policy.publicNoticePeriod).toISOString();
    events.push({ type: 'PublicNoticeStarted', data: { itemId: item.itemId, endsAt, at } });
  }
  return events;
}

export function raiseObjection({ data, metadata }: RaiseObjection, item: FiledItem, at: string): ItemEvent[] {
  mustHaveRole(metadata, ['admin', 'integrator', 'supervisor', 'leader'], 'record an objection');
  mustBeIn(item, ['in_public_notice'], 'object');
  const reason = mustGiveReason(data.reason, 'object');
  return [{ type: 'ObjectionRaised', data: { itemId: item.itemId, reason, at } }];
}

/**
 * The responsible unit answers the open objection (答复异议): what it found and did. Any time until the item is closed,
 * also once it has applied for closure again.
 */
export function answerObjection({ data, metadata }: AnswerObjection, item: FiledItem, at: string): ItemEvent[] {
  mustBeResponsibleUnit(item, metadata, 'answer an objection');
  mustBeIn(item, ['in_progress', 'in_public_notice', 'awaiting_verification'], 'answer an objection');
  if (!item.openObjection) refuse('conflict', 'no-open-objection', 'there is no objection waiting for an answer');
  if (!data.answer || !data.answer.trim()) refuse('invalid', 'answer-required', 'an answer to the objection is required');
  return [
    { type: 'ObjectionAnswered', data: { itemId: item.itemId, objection: item.openObjection!.reason, answer: data.answer.trim(), at } },
  ];
}

export function verify({ data, metadata }: VerifyItem, item: FiledItem, now: Date): ItemEvent[] {
  mustBeSupervisingUnit(item, metadata, 'verify the item');
  mustBeIn(item, ['awaiting_verification'], 'verify');
  const at = now.toISOString();
  if (!data.accept) {
    const reasons = data.reasons.map((r) => r.trim()).filter(Boolean);
    if (reasons.length === 0) refuse('invalid', 'reasons-required', 'a rejection must give its reasons');
    return [{ type: 'VerificationRejected', data: { itemId: item.itemId, reasons, at } }];
  }
  const round = item.relapseCount + 1;
  const revisits = item.policy.revisitAfter.map((after, i) => ({
    revisitId: `r${round}-${i + 1}`,
    dueAt: addDuration(now, after).toISOString(),
  }));
  return [
    { type: 'VerificationAccepted', data: { itemId: item.itemId, note: data.note, at } },
    { type: 'ItemClosed', data: { itemId: item.itemId, filedWith: item.planCode, revisits, at } },
  ];
}
