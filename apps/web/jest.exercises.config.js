import config from './jest.config.js';

// The component tests of the exercises in docs/exercises that have an SPA half: the same setup as
// `pnpm test` (jsdom, the fake API), but their own folder and suffix, so that `pnpm test` and CI
// never run them (on main they fail by design). `pnpm test:exercise <name>` runs one of them.
export default {
  ...config,
  roots: ['<rootDir>/exercises'],
  testMatch: ['**/*.exercise.tsx'],
};
