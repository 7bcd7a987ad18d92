import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * Lint a would-be file in a project with the real ESLint CLI and config, as `make lint` does. The typed rules need
 * the file in the TypeScript program, so it is written in place for the run and removed afterwards.
 */
async function lintAs(file: string, code: string): Promise<string[]> {
  const eslint = path.join(root, 'node_modules/.bin/eslint');
  const absolute = path.join(root, file);
  if (existsSync(absolute)) throw new Error(`${file} exists: the probe would overwrite it`);
  writeFileSync(absolute, code);
  try {
    const run = spawnSync(eslint, ['--format', 'json', file], { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    if (!run.stdout) throw new Error(`eslint failed: ${run.stderr}`);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  } finally {
    rmSync(absolute, { force: true });
  }
}

describe('module boundaries (Nx tags, enforced by lint)', () => {
  jest.setTimeout(120_000);

  it('refuses I/O libraries in the pure domain', async () => {
    const messages = await lintAs('libs/domain/src/probe.ts', "import { createDb } from '@closeloop/db';\nexport const x = createDb;\n");
    expect(messages.join('\n')).toMatch(
      /@nx\/enforce-module-boundaries: A project tagged with "type:domain" can only depend on libs tagged with "type:domain"/,
    );
  });

  it('refuses activities and the database in workflow code', async () => {
    const messages = await lintAs(
      'workflows/src/probe.ts',
      "import { createItemActivities } from '@closeloop/activities';\nexport const x = createItemActivities;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses workflow internals in the API', async () => {
    const messages = await lintAs(
      'apps/api/src/probe.ts',
      "import { itemWorkflow } from '@closeloop/workflows';\nexport const x = itemWorkflow;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('refuses one projection importing another (an outbox reading the read models)', async () => {
    const messages = await lintAs(
      'libs/notifications/src/probe.ts',
      "import { findPlan } from '@closeloop/read-models';\nexport const x = findPlan;\n",
    );
    expect(messages.join('\n')).toMatch(
      /A project tagged with "type:projection" can only depend on libs tagged with "type:domain", "type:contracts", "type:store"/,
    );
  });

  it('refuses projections in the store', async () => {
    const messages = await lintAs(
      'libs/event-store/src/probe.ts',
      "import { readModelProjections } from '@closeloop/read-models';\nexport const x = readModelProjections;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('accepts a projection on the store, the domain and the ids in contracts', async () => {
    const messages = await lintAs(
      'libs/read-models/src/probe.ts',
      "import { itemStreamId } from '@closeloop/contracts';\nimport { createEventStore } from '@closeloop/event-store';\nexport const x = [itemStreamId, createEventStore];\n",
    );
    expect(messages).toEqual([]);
  });

  it('accepts the allowed direction: workflows on domain and contracts', async () => {
    const messages = await lintAs(
      'workflows/src/probe.ts',
      "import { decide } from '@closeloop/domain';\nimport { fileItemUpdate } from '@closeloop/contracts';\nexport const x = [decide, fileItemUpdate];\n",
    );
    expect(messages).toEqual([]);
  });

  it('keeps the harness out of the product: the API may not import @closeloop/stack', async () => {
    const messages = await lintAs(
      'apps/api/src/probe.ts',
      "import { startStack } from '@closeloop/stack';\nexport const x = startStack;\n",
    );
    expect(messages.join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('lets tests and benchmarks use the harness', async () => {
    expect(await lintAs('test/support/probe.ts', "import { startStack } from '@closeloop/stack';\nexport const x = startStack;\n")).toEqual(
      [],
    );
    expect(await lintAs('bench/src/probe.ts', "import { startStack } from '@closeloop/stack';\nexport const x = startStack;\n")).toEqual(
      [],
    );
  });

  it('refuses every Node built-in in workflow code, with or without node:', async () => {
    const modules = ['path', 'node:path', 'os', 'timers', 'child_process', 'node:crypto'];
    const code = modules.map((module, i) => `import * as m${i} from '${module}';\nexport const x${i} = m${i};\n`).join('');
    const restricted = (await lintAs('workflows/src/probe.ts', code)).filter((m) => m.startsWith('no-restricted-imports'));
    expect(new Set(restricted.map((m) => modules.find((module) => m.includes(`'${module}'`))))).toEqual(new Set(modules));
  });

  it('catches a promise left floating in workflow code (a forgotten await)', async () => {
    const code = "import { sleep } from '@temporalio/workflow';\nexport async function probe(): Promise<void> {\n  sleep(1000);\n}\n";
    expect((await lintAs('workflows/src/probe.ts', code)).join('\n')).toMatch(/@typescript-eslint\/no-floating-promises/);
  });
});
