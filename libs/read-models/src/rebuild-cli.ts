import { readCliConfig } from '@closeloop/config';
import { createDb } from '@closeloop/db';
import { rebuildReadModels } from './rebuild';

async function main(): Promise<void> {
  const url = readCliConfig().databaseUrl;
  const db = createDb(url, { max: 1 });
  try {
    const started = Date.now();
    const replayed = await rebuildReadModels(db);
    console.log(`read models rebuilt from ${replayed} events in ${Date.now() - started} ms`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
