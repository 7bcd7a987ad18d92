// `node libs/stack/dist/cli/with-services.js -- <command...>` (make test): starts throw-away PostgreSQL and
// Temporal dev servers, runs the command with DATABASE_URL and TEMPORAL_ADDRESS set, stops both, and exits with
// the command's code. CLOSELOOP_PG_PORT / CLOSELOOP_TEMPORAL_PORT move them; DATABASE_URL given: no PostgreSQL.
import { readStackSettings } from '@closeloop/config';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { removeDataDir } from '../postgres';
import { repoRoot } from '../repo-root';
import { type Stack, startStack } from '../stack';

async function main(): Promise<number> {
  const command = process.argv.slice(process.argv.indexOf('--') + 1);
  const settings = readStackSettings('test');
  const dataDir = path.join(repoRoot, `.data/test-${settings.ports.postgres}`);
  removeDataDir(dataDir);
  let stack: Stack | undefined;
  try {
    stack = await startStack({ ports: settings.ports, dataDir, databaseUrl: settings.databaseUrl });
    const env = { ...process.env, DATABASE_URL: stack.databaseUrl, TEMPORAL_ADDRESS: stack.temporal.address };
    console.log(`test services: PostgreSQL ${stack.databaseUrl}, Temporal ${stack.temporal.address}`);
    return await new Promise<number>((resolve) => {
      const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env, cwd: repoRoot });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } catch (error) {
    console.error(error);
    return 1;
  } finally {
    await stack?.stop();
    removeDataDir(dataDir);
  }
}

void main().then((code) => process.exit(code));
