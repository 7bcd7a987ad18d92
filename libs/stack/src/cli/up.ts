// `make up`: PostgreSQL, the Temporal dev server (with its Web UI), migrations, the first admin key, the worker,
// the API and a demo plan, all in the foreground. Ctrl-C (or `make down`) stops everything it started.
import { readStackSettings } from '@closeloop/config';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type LoadedDemoPeople, loadDemoPeople } from '../demo-people';
import { loadDemoPlan } from '../demo-plan';
import { handleSignalsYourself } from '../postgres';
import { repoRoot } from '../repo-root';
import { type Stack, startStack } from '../stack';

const dataDir = path.join(repoRoot, '.data');
const pidFile = path.join(dataDir, 'up.pid');
const keyFile = path.join(dataDir, 'admin-key');
const peopleFile = path.join(dataDir, 'demo-people');
const settings = readStackSettings('up');

let stack: Stack | undefined;
let stopping = false;

async function stopAll(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping…');
    await stack?.stop().catch((e: Error) => console.error(e.message));
    rmSync(pidFile, { force: true });
  }
  process.exit(code);
}
// The PostgreSQL module stops its servers and exits at once on SIGINT/SIGTERM; we stop everything in order
// instead (API, worker, Temporal, then PostgreSQL), so nothing is left running or cut off mid-write.
handleSignalsYourself();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  stack = await startStack({
    ports: settings.ports,
    dataDir,
    databaseUrl: settings.databaseUrl,
    temporal: {
      dataDir: path.join(dataDir, 'temporal'),
      dbFile: path.join(dataDir, 'temporal', 'temporal.db'),
      withUi: true,
      detached: true,
    },
    apps: {
      env: { NODE_ENV: settings.nodeEnv, CLOSELOOP_KEY_FILE: keyFile },
      output: 'prefix',
      // Own process groups: a Ctrl-C in the terminal reaches only this process, which stops them in order.
      detached: true,
      onCrash: (label, crash) => {
        if (stopping) return;
        console.error(`[${label}] exited (${crash.signal ?? crash.code}); stopping everything`);
        void stopAll(1);
      },
    },
  });
  const { temporal, baseUrl, setUp } = stack;
  for (const message of setUp!.messages) console.log(message);
  const demo = await loadDemoPlan(baseUrl!, setUp!.adminKey);
  const people = await loadDemoPeople(baseUrl!, setUp!.adminKey, peopleFile);
  const relativeKeyFile = path.relative(repoRoot, keyFile);
  console.log(`
Closeloop is up.
  Web app        ${baseUrl}/         (sign in as one of the demo people below)
  API            ${baseUrl}/v1      (OpenAPI: ${baseUrl}/docs)
  Temporal UI    ${temporal.uiUrl}
  Temporal       ${temporal.address}
  PostgreSQL     ${stack.databaseUrl}
  ${setUp!.bootstrap}${settings.bootstrapKey ? '' : `\n  (kept in ${relativeKeyFile}: export KEY=$(cat ${relativeKeyFile}))`}
  Demo plan      ${demo.planId}: ${demo.items} new of ${demo.total} items filed
  Demo people    ${demoPeopleLines(people, path.relative(repoRoot, peopleFile))}${
    settings.outboundAllow.length > 0
      ? `\n  Outbound       CLOSELOOP_OUTBOUND_ALLOW is on: webhooks and robots may reach ${settings.outboundAllow.join(',')} (http too) — development only`
      : ''
  }
Ctrl-C or \`make down\` stops everything.`);
}

/** Each new person with the password (shown once); those there before by login only. */
function demoPeopleLines({ created, existing }: LoadedDemoPeople, file: string): string {
  const lines = created.map((p) => `${p.login.padEnd(8)} ${p.password}   ${p.name} (${p.as})`);
  if (created.length > 0) lines.unshift(`sign in (POST /v1/session) as, password shown once (kept in ${file}):`);
  if (existing.length > 0) lines.push(`${existing.map((p) => p.login).join(', ')}: already there (passwords in ${file})`);
  return lines.join('\n                 ');
}

main().catch(async (error: Error) => {
  console.error(error.message ?? error);
  await stopAll(1);
});
