import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Which layer may import which, by Nx project tag (set in each package.json under "nx").
const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  // type:contracts: the stream and workflow ids (libs/contracts/src/ids.ts).
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data'] },
  { sourceTag: 'type:activities', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data', 'type:util'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data', 'type:util'] },
  {
    sourceTag: 'type:worker',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data', 'type:util', 'type:activities', 'type:workflows'],
  },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints, enforceBuildableLibDependency: false }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Plain CommonJS config files (Jest).
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      // Workflow code must stay deterministic: no Node built-ins, no I/O.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'http', 'https', 'crypto', 'kysely', 'pg', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'] }],
    },
  },
];
