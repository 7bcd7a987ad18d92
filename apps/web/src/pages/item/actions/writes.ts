import type { Schemas } from '@closeloop/api-client';
import { api, call, ifMatch } from '../../../api/client';
import type { Item } from '../../../api/queries';
import type { ItemWrite } from './use-item-command';

const headers = (item: Item, idempotencyKey: string) => ({ ...ifMatch(item.version), 'Idempotency-Key': idempotencyKey });
const at = (item: Item, key: string) => ({ params: { path: { id: item.id }, header: headers(item, key) } });

/** The department's commands on an item (签收, 进展填报, 申请延期, 申请销号, 答复异议), each a typed call of the client. */
export const acknowledge: ItemWrite<Record<string, never>> = (item, _body, key) =>
  call(api.POST('/v1/items/{id}/acknowledgement', { ...at(item, key), body: {} }));

export const reportProgress: ItemWrite<Schemas['ProgressReportDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/progress-reports', { ...at(item, key), body }));

export const requestExtension: ItemWrite<Schemas['ExtensionRequestDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/extension-requests', { ...at(item, key), body }));

export const requestClosure: ItemWrite<Schemas['ClosureRequestDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/closure-requests', { ...at(item, key), body }));

export const answerObjection: ItemWrite<Schemas['ObjectionAnswerDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/objection-answers', { ...at(item, key), body }));

/** The supervising unit's decisions: an extension request, the verification (验收), a revisit's result (回头看). */
export const decideExtension: ItemWrite<Schemas['ExtensionDecisionDto']> = (item, body, key) =>
  call(
    api.POST('/v1/items/{id}/extension-requests/{requestId}/decision', {
      params: { path: { id: item.id, requestId: item.pendingExtension!.requestId }, header: headers(item, key) },
      body,
    }),
  );

export const verify: ItemWrite<Schemas['VerificationDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/verification', { ...at(item, key), body }));

export const recordRevisit: ItemWrite<Schemas['RevisitResultDto']> = (item, body, key) => {
  const revisitId = item.revisits.find((r) => r.status === 'due')!.revisitId;
  return call(
    api.POST('/v1/items/{id}/revisits/{revisitId}/result', {
      params: { path: { id: item.id, revisitId }, header: headers(item, key) },
      body,
    }),
  );
};
