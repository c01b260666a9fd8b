const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js',
    '^strip-bom$': '<rootDir>/test/support/stripBom.js',
  },
  testTimeout: 30000,
  // At least two workers, even on a two-core CI machine (Jest's default there is one): many suites spend
  // their time waiting — on the Teams simulator, Chromium, the toolkit install, injected storage faults —
  // so a second worker cuts the whole run from ~8.5 to ~7 minutes (measured through .ci/run).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  globalTeardown: '<rootDir>/test/support/globalTeardown.js',
};
