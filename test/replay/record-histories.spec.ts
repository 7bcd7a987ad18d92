import { readTestServers } from '@closeloop/config';
import { itemWorkflowId } from '@closeloop/contracts';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ItemLife, type LoggedEvent, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';
import { scenarios } from './scenarios';

/**
 * Not part of `make test`: `make record-histories` runs it to (re)write test/replay/histories/*.json from
 * the current workflow code. Commit the files; `make test` replays them against every later change.
 */
describe('record workflow histories', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it.each(Object.keys(scenarios))('%s', async (name) => {
    const life = new ItemLife(stack, 'REPLAY', name);
    await life.setUp();
    let log: LoggedEvent[] = [];
    for (const step of scenarios[name]) log = await runStep(life, step, log);
    // The CLI writes the canonical JSON form that historyFromJSON reads back.
    const cli = execFileSync(path.join(__dirname, '../../scripts/ensure-temporal.sh'), { encoding: 'utf8' }).trim();
    const json = execFileSync(
      cli,
      ['workflow', 'show', '--address', readTestServers().temporalAddress, '-w', itemWorkflowId(life.itemId), '-o', 'json'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    writeFileSync(path.join(__dirname, 'histories', `${name}.json`), json);
  });
});
