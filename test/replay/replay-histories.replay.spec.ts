import { bundleItemWorkflows } from '@closeloop/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(__dirname, 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/**
 * Recorded histories replayed against today's workflow code: a change that would make a running item's
 * workflow non-deterministic fails here. Guard such a change with `patched()` (docs/workflow-changes.md).
 */
describe('replaying recorded item histories', () => {
  jest.setTimeout(120_000);

  const lives = ['extension', 'full-life', 'reject-and-resubmit', 'relapse-and-reopen'];

  it('has the four recorded lives: full life, reject-and-resubmit, relapse-and-reopen, extension', () => {
    expect(files).toEqual(expect.arrayContaining(lives.map((life) => `${life}.json`)));
  });

  it('keeps the four lives recorded before the append became a local activity (patch append-as-local-activity)', () => {
    expect(files).toEqual(expect.arrayContaining(lives.map((life) => `2026-11-${life}.json`)));
  });

  it('replays every one of them without a non-determinism error', async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const workflowBundle = await bundleItemWorkflows({ sourceCondition: true });
    const histories = files.map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))),
    }));
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) results.push(result);
    expect(results.map((r) => ({ workflowId: r.workflowId, error: r.error?.message }))).toEqual(
      histories.map((h) => ({ workflowId: h.workflowId, error: undefined })),
    );
  });
});
