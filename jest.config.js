/**
 * One Jest run, levels by file suffix: specs beside the code, integration (real PostgreSQL), e2e (real servers), browser
 * (the web app in Chromium against real servers).
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json' }] };
const shared = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@closeloop/source', 'node', 'require', 'default'] },
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  rootDir: __dirname,
};

module.exports = {
  // Jest applies a project's testTimeout only in some runs (not when files are named on the command line): set it here too.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{libs,apps}/*/src/**/*.spec.ts',
        '<rootDir>/{workflows,activities}/src/**/*.spec.ts',
        '<rootDir>/test/lint/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int.spec.ts'],
    },
    {
      ...shared,
      displayName: 'replay',
      testMatch: ['<rootDir>/test/replay/*.replay.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'],
      testTimeout: 60_000,
    },
    {
      // The web app in Debian's headless Chromium (playwright-core), against the real stack serving apps/web/dist.
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/*.browser.spec.ts'],
      testTimeout: 120_000,
    },
  ],
};
