import type { Database } from '@closeloop/db';
import { findItem } from '@closeloop/read-models';
import type { Kysely } from 'kysely';
import { performance } from 'node:perf_hooks';

export interface ReadModelCheck {
  sampled: number;
  /** Answers whose effect the read model already showed when the answer arrived. */
  visibleAtAnswer: number;
  /** The longest extra wait after an answer until the read model showed it (0 when all were visible at once). */
  worstExtraMs: number;
}

/**
 * Right after a command's 2xx answer, reads the item straight from PostgreSQL: is its read model at the answered
 * version with the reported percent? Polls until it is (for 5 s) so a lagging projection would show as extra time.
 */
export function readModelChecker(db: Kysely<Database>) {
  const check: ReadModelCheck = { sampled: 0, visibleAtAnswer: 0, worstExtraMs: 0 };
  const shows = async (itemId: string, version: number, percent: number) => {
    const item = await findItem(db, itemId);
    return !!item && (item.version > version || (item.version === version && item.percent === percent));
  };
  return {
    check,
    async verify(itemId: string, version: number, percent: number): Promise<void> {
      check.sampled++;
      const answeredAt = performance.now();
      if (await shows(itemId, version, percent)) {
        check.visibleAtAnswer++;
        return;
      }
      while (!(await shows(itemId, version, percent))) {
        if (performance.now() - answeredAt > 5_000) throw new Error(`read model of ${itemId} never showed version ${version}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      check.worstExtraMs = Math.max(check.worstExtraMs, performance.now() - answeredAt);
    },
  };
}
