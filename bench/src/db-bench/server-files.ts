import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A scratch folder the PostgreSQL server can read and write: server-side `COPY … FROM/TO '<file>'` runs as the
 * server's OS user (`postgres` when the bench runs as root), on this same machine.
 */
export interface ServerFiles {
  path(name: string): string;
  remove(): void;
}

export function serverFiles(prefix: string): ServerFiles {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  chmodSync(dir, 0o777);
  return {
    path: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
