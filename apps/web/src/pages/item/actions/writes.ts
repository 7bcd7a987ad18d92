import type { Schemas } from '@closeloop/api-client';
import { api, call, ifMatch } from '../../../api/client';
import type { Item } from '../../../api/queries';
import type { ItemWrite } from './use-item-command';

const headers = (item: Item, idempotencyKey: string) => ({ ...ifMatch(item.version), 'Idempotency-Key': idempotencyKey });
const at = (item: Item, key: string) => ({ params: { path: { id: item.id }, header: headers(item, key) } });

/** The department's commands on an item (签收, 进展填报, 申请延期, 申请销号), each a typed call of the client. */
export const acknowledge: ItemWrite<Record<string, never>> = (item, _body, key) =>
  call(api.POST('/v1/items/{id}/acknowledgement', { ...at(item, key), body: {} }));

export const reportProgress: ItemWrite<Schemas['ProgressReportDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/progress-reports', { ...at(item, key), body }));

export const requestExtension: ItemWrite<Schemas['ExtensionRequestDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/extension-requests', { ...at(item, key), body }));

export const requestClosure: ItemWrite<Schemas['ClosureRequestDto']> = (item, body, key) =>
  call(api.POST('/v1/items/{id}/closure-requests', { ...at(item, key), body }));
