import { readCliConfig } from '@closeloop/config';
import { createDb } from './create-db';
import { migrateToLatest } from './migrate';

async function main(): Promise<void> {
  const url = readCliConfig().databaseUrl;
  const db = createDb(url, { max: 1 });
  try {
    const { results = [] } = await migrateToLatest(db);
    for (const r of results) console.log(`migration ${r.migrationName}: ${r.status}`);
    if (results.length === 0) console.log('migrations: up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
