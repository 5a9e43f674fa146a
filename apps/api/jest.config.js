import { jestPreset } from '../../jest.preset.js';

export default {
  ...jestPreset(),
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  // One throwaway PostgreSQL for the whole run, migrated once; each test file builds its own data.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  // argon2 hashing and the database make a few tests take a second or two on a small machine.
  testTimeout: 30_000,
};
