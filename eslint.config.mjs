import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

// Which layer may import which, by Nx project tag (set in each package.json under "nx").
const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  // The generated API client stands alone: the web app, e2e tests, bench and chaos talk to the API only through it.
  { sourceTag: 'type:client', onlyDependOnLibsWithTags: [] },
  // The store (db, event-store) knows nothing of what is projected from it; type:util is @closeloop/config (their
  // CLIs read DATABASE_URL through it).
  { sourceTag: 'type:store', onlyDependOnLibsWithTags: ['type:store', 'type:util'] },
  // Projections (read-models, notifications, reports, calendar) build on the store, never on one another; they
  // take the stream and workflow ids from contracts (libs/contracts/src/ids.ts).
  { sourceTag: 'type:projection', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:store', 'type:util'] },
  {
    sourceTag: 'type:activities',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:store', 'type:projection', 'type:util'],
  },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:store', 'type:projection', 'type:util'] },
  {
    sourceTag: 'type:worker',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:store',
      'type:projection',
      'type:util',
      'type:activities',
      'type:workflows',
    ],
  },
  // The harness (@closeloop/stack): starts the servers for make up, test, fuzz, chaos and bench; only tests,
  // benchmarks and scripts may use it. Its chaos load calls the API through the generated client (type:client).
  {
    sourceTag: 'type:tooling',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:store',
      'type:projection',
      'type:util',
      'type:tooling',
      'type:client',
    ],
  },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
  // The web app talks to the API over HTTP only, through the generated client.
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:client'] },
];

const typedRules = {
  // A forgotten `await` (in a workflow: a command that never runs; elsewhere: an error nobody sees).
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints, enforceBuildableLibDependency: false }],
  '@typescript-eslint/no-explicit-any': 'off',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
};

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', 'apps/web/vite.config.mts'],
    ignores: ['apps/web/src/**'],
    plugins: { '@nx': nx },
    // Typed rules: one program over the root tsconfig (it includes every package's sources, specs and tests).
    languageOptions: { parserOptions: { project: path.join(import.meta.dirname, 'tsconfig.json'), tsconfigRootDir: import.meta.dirname } },
    rules: typedRules,
  },
  {
    // The web app: its own program (DOM, JSX), the same typed rules, and React's rules of hooks.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { '@nx': nx, 'react-hooks': reactHooks },
    languageOptions: {
      parserOptions: {
        project: ['apps/web/tsconfig.json', 'apps/web/tsconfig.spec.json'].map((p) => path.join(import.meta.dirname, p)),
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      ...typedRules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // antd 6 renamed many props; the old names still work, with console warnings.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  {
    // Build tooling, not the app: Vite's config reads the API's address through @closeloop/config.
    files: ['apps/web/vite.config.mts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: ['@closeloop/config'], depConstraints, enforceBuildableLibDependency: false }],
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
      // Workflow code must stay deterministic: no Node built-in (with or without `node:`), no I/O.
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.flatMap((name) => (name.startsWith('node:') ? [name] : [name, `node:${name}`])),
          patterns: ['node:*', 'kysely', 'pg', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
        },
      ],
    },
  },
];
