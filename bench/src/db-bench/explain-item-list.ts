import type { Database } from '@closeloop/db';
import { type ItemFilter, listItemsJson } from '@closeloop/read-models';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

/**
 * EXPLAIN ANALYZE of the very statement the API's item list sends for a filter (captured from listItemsJson itself):
 * the plan's top node and the execution time, to say whether a slow list is the database's doing.
 */
export async function explainItemList(databaseUrl: string, filter: Omit<ItemFilter, 'scope'>, limit = 50): Promise<string> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  let captured: CompiledQuery | undefined;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured = event.query;
    },
  });
  try {
    await listItemsJson(db, { ...filter, scope: 'all' }, { limit });
    if (!captured) return 'no statement captured';
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${captured.sql}`, [...captured.parameters]);
    const lines = rows.map((r) => r['QUERY PLAN']);
    const scans = lines.filter((l) => /Scan|Sort|Limit/.test(l)).map((l) => l.trim().replace(/\s+\(cost=[^)]*\)/, ''));
    return `${scans.slice(0, 4).join(' → ')}; ${lines.find((l) => l.startsWith('Execution Time'))}`;
  } finally {
    await db.destroy();
  }
}
