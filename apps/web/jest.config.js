import { jestPreset } from '../../jest.preset.js';

const preset = jestPreset({ environment: 'jsdom' });
const [swcJest, swcOptions] = preset.transform['^.+\\.tsx?$'];

export default {
  ...preset,
  transform: {
    '^.+\\.tsx?$': [
      swcJest,
      {
        ...swcOptions,
        jsc: {
          ...swcOptions.jsc,
          transform: {
            ...swcOptions.jsc.transform,
            // Tests run outside Vite, where `import.meta.env` does not exist. They run the app as
            // `vite` serves it, in development, so that the dev panel can be tested too.
            optimizer: { globals: { vars: { 'import.meta.env.DEV': 'true' } } },
          },
        },
      },
    ],
  },
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    // Styles mean nothing in jsdom; a component's `import './x.css'` gets an empty module.
    '\\.css$': '<rootDir>/src/testing/no-styles.ts',
  },
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
