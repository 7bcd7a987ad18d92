import type { ItemCommand } from './commands';
import { decideExtension, requestExtension } from './decisions/extension';
import { fileItem } from './decisions/filing';
import { raiseObjection, requestClosure, verify } from './decisions/closure';
import { recordRevisitResult } from './decisions/revisit';
import { acknowledge, reassign, reportProgress } from './decisions/work';
import type { ItemEvent } from './events';
import { refuse } from './refusal';
import { type ItemState, isFiled } from './state';
import { dueTimeFacts } from './time-facts';

/** What a command makes true, given everything that happened before; throws CommandRefused otherwise. */
export function decide(command: ItemCommand, state: ItemState, now: Date): ItemEvent[] {
  const at = now.toISOString();
  if (command.type === 'FileItem') return fileItem(command, state, at);
  if (!isFiled(state)) return refuse('conflict', 'not-filed', 'the item has not been filed');
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
    case 'VerifyItem':
      return verify(command, state, now);
    case 'RecordRevisitResult':
      return recordRevisitResult(command, state, at);
    case 'RecordTimeFacts':
      return dueTimeFacts(state, now);
  }
}
