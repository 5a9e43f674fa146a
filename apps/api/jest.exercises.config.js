import config from './jest.config.js';

// The acceptance tests of the exercises in docs/exercises: the same throwaway database as
// `pnpm test`, but their own folder and suffix, so that `pnpm test` and CI never run them (on main
// they fail by design). `pnpm test:exercise <name>` runs one of them.
export default {
  ...config,
  roots: ['<rootDir>/exercises'],
  testMatch: ['**/*.exercise.ts'],
};
