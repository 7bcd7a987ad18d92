const base = require('../../jest.config.js').projects[0];

module.exports = {
  ...base,
  displayName: 'record',
  rootDir: `${__dirname}/../..`,
  testMatch: ['<rootDir>/test/replay/record-histories.spec.ts'],
  testTimeout: 120_000,
};
