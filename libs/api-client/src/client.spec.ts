import { execFileSync } from 'node:child_process';
import path from 'node:path';

describe('the generated client', () => {
  it('is generated from the committed openapi.json (run `make openapi` when this fails)', () => {
    const script = path.resolve(__dirname, '../scripts/generate-schema.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
