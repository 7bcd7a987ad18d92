import type { Database } from '@closeloop/db';
import {
  type CommandMetadata,
  CommandRefused,
  type EscalationLevel,
  type ItemState,
  decide,
  documentSeriesOf,
  formatDocumentNumber,
} from '@closeloop/domain';
import type { Kysely } from 'kysely';
import { ProblemException } from '../common/problem/problem.exception';
import type { EscalationPreviewDto } from './escalation-preview.dto';

/** The reason the preview decides with: the decider wants one, and it bears on nothing the preview shows. */
const PREVIEW_REASON = '（预览）';

/**
 * What escalating the item by hand to `level` would do now, without doing it: the decider decides the very command
 * the leader would send (so it is refused, as a problem, exactly when the escalation would be), and the document it
 * would issue gets the next number of its series (documentSeriesOf, as the item workflow allocates it).
 */
export async function previewEscalation(
  db: Kysely<Database>,
  itemId: string,
  level: EscalationLevel,
  metadata: CommandMetadata,
  now: Date,
): Promise<EscalationPreviewDto> {
  const row = await db.selectFrom('items').select(['state', 'version']).where('id', '=', itemId).executeTakeFirstOrThrow();
  const state = row.state as unknown as ItemState;
  let events;
  try {
    events = decide({ type: 'EscalateItem', data: { level, reason: PREVIEW_REASON }, metadata }, state, now);
  } catch (error) {
    if (error instanceof CommandRefused) throw ProblemException.refused(error.kind, error.code, error.message);
    throw error;
  }
  const raised = events.find((e) => e.type === 'EscalationRaised' && e.data.trigger === 'manual');
  const series = raised && documentSeriesOf(raised);
  return {
    itemId,
    level,
    version: row.version,
    documentKind: series ? series.kind : null,
    documentNumber: series ? formatDocumentNumber(series.kind, series.year, (await lastNumberOf(db, series)) + 1) : null,
    asOf: now.toISOString(),
  };
}

/** The last number allocated in a yearly series of documents (0 before the first). */
async function lastNumberOf(db: Kysely<Database>, series: { kind: string; year: number }): Promise<number> {
  const row = await db
    .selectFrom('document_numbers')
    .select('last')
    .where('kind', '=', series.kind)
    .where('year', '=', series.year)
    .executeTakeFirst();
  return row?.last ?? 0;
}
