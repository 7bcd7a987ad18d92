import path from 'node:path';

/** The checkout's root: this file runs from libs/stack/dist (or libs/stack/src under Jest). */
export const repoRoot = path.resolve(__dirname, '../../..');
