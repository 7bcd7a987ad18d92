// `node scripts/with-services.mjs -- <command...>`: starts throw-away PostgreSQL and Temporal dev servers,
// runs the command with DATABASE_URL and TEMPORAL_ADDRESS set, stops both, and exits with the command's code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root, startPostgres, startTemporal, removeDir } from './services.mjs';

const command = process.argv.slice(process.argv.indexOf('--') + 1);
const pgPort0 = process.env.CLOSELOOP_TEST_PG_PORT ?? '55433';
const dataDir = path.join(root, `.data/test-${pgPort0}`);
const pgPort = Number(process.env.CLOSELOOP_TEST_PG_PORT ?? 55433);
const temporalPort = Number(process.env.CLOSELOOP_TEST_TEMPORAL_PORT ?? 7244);

removeDir(dataDir);
const started = [];
let code = 1;
try {
  const env = { ...process.env };
  if (!process.env.DATABASE_URL) {
    const pg = await startPostgres({ dataDir, port: pgPort });
    started.push(pg);
    env.DATABASE_URL = pg.url;
  }
  const temporal = await startTemporal({ dataDir, port: temporalPort });
  started.push(temporal);
  env.TEMPORAL_ADDRESS = temporal.address;
  console.log(`test services: PostgreSQL ${env.DATABASE_URL}, Temporal ${env.TEMPORAL_ADDRESS}`);
  code = await new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env, cwd: root });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error);
} finally {
  for (const service of started.reverse()) await service.stop().catch((e) => console.error(e));
  removeDir(dataDir);
}
process.exit(code);
