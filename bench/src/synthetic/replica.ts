import { randomUUID } from 'node:crypto';
import type { DocumentNumbers } from './document-numbers';
import type { SyntheticAppend } from './timeline';

/** Who a replica of a simulated life is: another item, of another plan issued the same day. */
export interface ReplicaIdentity {
  itemId: string;
  streamId: string;
  planCode: string;
  /** A new code within the plan, when the replica files into the same plan as its original. */
  code?: string;
}

/**
 * The same append for another item: the same facts at the same instants, with that item's id and plan, fresh event,
 * command and request ids, and the next document numbers of their series. (Simulating a life costs the decider's
 * working-day arithmetic; stamping one out again costs next to nothing.)
 */
export function restamp(append: SyntheticAppend, replica: ReplicaIdentity, documentNumbers: DocumentNumbers): SyntheticAppend {
  const commandId = randomUUID();
  const requestId = randomUUID();
  return {
    streamId: replica.streamId,
    expectedVersion: append.expectedVersion,
    at: append.at,
    events: append.events.map((event) => {
      const data: Record<string, unknown> = { ...event.data, itemId: replica.itemId };
      if (event.type === 'ItemFiled') Object.assign(data, { planCode: replica.planCode }, replica.code ? { code: replica.code } : {});
      if (event.type === 'ItemClosed') data.filedWith = replica.planCode;
      if (typeof data.documentNumber === 'string') data.documentNumber = renumber(data.documentNumber, documentNumbers);
      const metadata = { ...event.metadata, commandId, ...(event.metadata.requestId ? { requestId } : {}) };
      return { eventId: randomUUID(), type: event.type, data, metadata };
    }),
  };
}

/** 督办〔2026〕17号 → the next number of 督办 in 2026. */
function renumber(documentNumber: string, documentNumbers: DocumentNumbers): string {
  const match = /^(.+)〔(\d{4})〕\d+号$/.exec(documentNumber);
  return match ? documentNumbers.next(match[1], Number(match[2])) : documentNumber;
}
