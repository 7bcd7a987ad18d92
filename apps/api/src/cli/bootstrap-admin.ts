import { readCliConfig } from '@closeloop/config';
import { createDb } from '@closeloop/db';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateApiKey } from '../common/auth/api-key';
import { ensurePrincipal } from '../common/auth/principals.repository';

/**
 * Ensures a first admin principal. The key is CLOSELOOP_BOOTSTRAP_KEY when set; otherwise one is generated,
 * printed once, and kept in the local data folder (CLOSELOOP_KEY_FILE) so a developer's later `make up` reuses it.
 */
async function main(): Promise<void> {
  const { databaseUrl: url, keyFile, bootstrapKey } = readCliConfig();
  const saved = keyFile && existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined;
  const key = bootstrapKey || saved || generateApiKey();
  const db = createDb(url, { max: 1 });
  try {
    const created = await ensurePrincipal(db, { name: 'bootstrap admin', role: 'admin', unitIds: [], key });
    if (keyFile && !bootstrapKey) {
      mkdirSync(path.dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
      chmodSync(keyFile, 0o600);
    }
    console.log(created ? `admin API key (shown once): ${key}` : 'admin API key: already issued');
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
