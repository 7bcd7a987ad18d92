import { seedCalendarIfEmpty } from '@closeloop/calendar';
import { readCliConfig } from '@closeloop/config';
import { createDb } from '@closeloop/db';

/**
 * Loads the official holidays and make-up working days (from chinese-days) for every year that has none yet and
 * was never changed through the API. Safe to run at every start.
 */
async function main(): Promise<void> {
  const url = readCliConfig().databaseUrl;
  const db = createDb(url, { max: 1 });
  try {
    const seeded = await seedCalendarIfEmpty(db);
    console.log(seeded.length > 0 ? `calendar: loaded ${seeded.join(', ')}` : 'calendar: up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
