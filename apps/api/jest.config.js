import { jestPreset } from '../../jest.preset.js';

const preset = jestPreset();

export default {
  ...preset,
  transform: {
    ...preset.transform,
    // Fastify's `inject` (light-my-request) requires cookie 2, which is an ES module only. Jest on
    // Node 24.9+ can require it; on Node 22 it cannot, so swc turns that one package into CommonJS.
    '/node_modules/cookie/dist/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  // Every other dependency is run as it is published.
  transformIgnorePatterns: ['^(?!.*/node_modules/cookie/dist/).*/node_modules/'],
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  // One throwaway PostgreSQL for the whole run, migrated once; each test file builds its own data.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  // argon2 hashing and the database make a few tests take a second or two on a small machine.
  testTimeout: 30_000,
};
