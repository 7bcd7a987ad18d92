import path from 'node:path';

/** The checkout's root (this file runs from bench/dist/stack). */
export const repoRoot = path.resolve(__dirname, '../../..');
