import type { Pool } from 'pg';

/**
 * Samples what one database's client backends are doing every `everyMs` (pg_stat_activity): on CPU, waiting on the
 * WAL, on a lock, or idle in a transaction waiting for the client's next statement. Stop returns the shares.
 */
export function sampleBackendWaits(pool: Pool, database: string, everyMs = 50): { stop(): Promise<string> } {
  const counts = new Map<string, number>();
  let total = 0;
  let pending = Promise.resolve();
  const timer = setInterval(() => {
    pending = pool
      .query<{ state: string; wait: string }>(
        `select state, coalesce(wait_event_type || ':' || wait_event, 'on CPU') as wait
           from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle'`,
        [database],
      )
      .then(({ rows }) => {
        for (const row of rows) {
          const key = `${row.state} (${row.wait})`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          total++;
        }
      })
      .catch(() => undefined);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([key, n]) => `${Math.round((100 * n) / Math.max(1, total))}% ${key}`)
        .join(', ');
    },
  };
}
