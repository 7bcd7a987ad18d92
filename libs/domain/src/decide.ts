import type { ItemCommand } from './commands';
import { decideExtension, requestExtension } from './decisions/extension';
import { fileItem } from './decisions/filing';
import { answerObjection, raiseObjection, requestClosure, verify } from './decisions/closure';
import { applyCalendar, confirmEscalation, escalate } from './decisions/escalation';
import { recordRevisitResult } from './decisions/revisit';
import { acknowledge, reassign, reportProgress } from './decisions/work';
import type { ItemEvent } from './events';
import { ladderEvents } from './escalation';
import { fold } from './evolve';
import { refuse } from './refusal';
import { type FiledItem, type ItemState, isFiled } from './state';
import { dueTimeFacts } from './time-facts';

/**
 * What a command makes true, given everything that happened before; throws CommandRefused otherwise.
 * Whatever happened, the escalation ladder is then re-evaluated on the resulting state.
 */
export function decide(command: ItemCommand, state: ItemState, now: Date): ItemEvent[] {
  const at = now.toISOString();
  if (command.type === 'FileItem') return fileItem(command, state, at);
  if (!isFiled(state)) return refuse('conflict', 'not-filed', 'the item has not been filed');
  const events = decideFiled(command, state, now, at);
  const after = fold(state, events);
  return isFiled(after) ? [...events, ...ladderEvents(after, now)] : events;
}

function decideFiled(command: Exclude<ItemCommand, { type: 'FileItem' }>, state: FiledItem, now: Date, at: string): ItemEvent[] {
  switch (command.type) {
    case 'AcknowledgeItem':
      return acknowledge(command, state, at);
    case 'ReportProgress':
      return reportProgress(command, state, at);
    case 'RequestExtension':
      return requestExtension(command, state, at);
    case 'DecideExtension':
      return decideExtension(command, state, at);
    case 'ReassignItem':
      return reassign(command, state, at);
    case 'RequestClosure':
      return requestClosure(command, state, now);
    case 'RaiseObjection':
      return raiseObjection(command, state, at);
    case 'AnswerObjection':
      return answerObjection(command, state, at);
    case 'VerifyItem':
      return verify(command, state, now);
    case 'RecordRevisitResult':
      return recordRevisitResult(command, state, at);
    case 'EscalateItem':
      return escalate(command, state, at);
    case 'ConfirmEscalation':
      return confirmEscalation(command, state, at);
    case 'ApplyCalendar':
      return applyCalendar(command, state, at);
    case 'RecordTimeFacts':
      if (command.metadata.role !== 'system') refuse('forbidden', 'system-only', 'only the item workflow records time facts');
      return dueTimeFacts(state, now);
  }
}
