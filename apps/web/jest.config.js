import { jestPreset } from '../../jest.preset.js';

const preset = jestPreset({ environment: 'jsdom' });

export default {
  ...preset,
  // jsdom plus the fetch API of Node, which msw intercepts (see the file for why).
  testEnvironment: '<rootDir>/jest.environment.js',
  testEnvironmentOptions: {
    // Not "browser": msw's `msw/node` entry is hidden from the browser condition.
    customExportConditions: ['source'],
  },
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  // Whole-app renders under a busy CI machine can be slow; a hang still fails within this.
  testTimeout: 20_000,
};
