import type { AllocateDocumentNumberInput } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { formatDocumentNumber } from '@closeloop/domain';
import type { Kysely } from 'kysely';

/** The next number of a kind's yearly series; the same event always gets the same number. */
export async function allocateDocumentNumber(db: Kysely<Database>, { eventId, kind, year }: AllocateDocumentNumberInput): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom('document_number_allocations')
      .select('document_number')
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    if (earlier) return earlier.document_number;
    const { last } = await trx
      .insertInto('document_numbers')
      .values({ kind, year, last: 1 })
      .onConflict((oc) => oc.columns(['kind', 'year']).doUpdateSet((eb) => ({ last: eb('document_numbers.last', '+', 1) })))
      .returning('last')
      .executeTakeFirstOrThrow();
    const documentNumber = formatDocumentNumber(kind, year, last);
    await trx.insertInto('document_number_allocations').values({ event_id: eventId, document_number: documentNumber }).execute();
    return documentNumber;
  });
}
