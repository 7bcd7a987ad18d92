/**
 * One Jest run, levels by file suffix: specs beside the code, integration (real PostgreSQL), e2e (real servers), browser
 * (the web app in Chromium against real servers).
 */

/**
 * ESM-only packages the API require()s (Node ≥ 20.19 does; Jest's module loader does not): compiled to CommonJS
 * for the tests. openid-client, and the ESM packages it imports.
 */
const esmOnly = ['openid-client', 'oauth4webapi', 'jose'];
const esmToCommonJs = {
  tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', target: 'ES2022', isolatedModules: true, sourceMap: true },
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json' }],
  [`/node_modules/(${esmOnly.join('|')})/.+\\.js$`]: ['ts-jest', esmToCommonJs],
};
const shared = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@closeloop/source', 'node', 'require', 'default'] },
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
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
        '<rootDir>/bench/src/**/*.spec.ts',
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
