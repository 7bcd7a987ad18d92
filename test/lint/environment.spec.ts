import { environment } from '@closeloop/config';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** A read of one variable: `process.env.X`, `process.env['X']`, or `env.X` / `env['X']` on a passed-in environment. */
const read = /process\.env(\.|\[)|(^|[^.\w])env\.[A-Z][A-Z0-9_]+|(^|[^.\w])env\[['"]/;

/**
 * Every environment variable is read through @closeloop/config (typed, validated, with its default), under one
 * name per idea, and the README lists exactly those names. Passing a whole environment on (`{ ...process.env }`
 * to a child, `readConfig(process.env)`) is fine; deleting a name from a child's copy too.
 */
describe('environment variables', () => {
  it('are read only in libs/config', () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.mjs', '*.js', '*.cjs'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && !file.startsWith('libs/config/src/') && file !== 'test/lint/environment.spec.ts');
    const reads = files.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => read.test(line) && !/delete (process\.)?env\./.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(reads).toEqual([]);
  });

  it('are listed in the README, each once, and no other', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Environment');
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    const listed = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(environment).sort());
  });
});
