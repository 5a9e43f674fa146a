import { jestPreset } from '../../../jest.preset.js';

// The browser tests: one API, one built SPA and one Chromium for the whole run (see
// support/global-setup.ts), so the tests run one after the other.
export default {
  ...jestPreset({ environment: 'node' }),
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 30_000,
};
