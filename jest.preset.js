// The jest setup every package shares: TypeScript (and TSX) compiled by swc to native ES modules,
// and workspace packages resolved to their source through the "source" export condition.
// Why swc rather than ts-jest: docs/decisions/002-jest-with-swc.md.

/** @param {{ environment?: 'node' | 'jsdom' }} [options] */
export function jestPreset({ environment = 'node' } = {}) {
  return {
    testEnvironment: environment,
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: {
      '^.+\\.tsx?$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2023',
            keepClassNames: true,
            parser: { syntax: 'typescript', tsx: true, decorators: true },
            transform: {
              legacyDecorator: true,
              decoratorMetadata: true,
              react: { runtime: 'automatic' },
            },
          },
          module: { type: 'es6' },
        },
      ],
    },
    // Source files import each other as `./x.js` (Node's ESM rule); jest finds the `./x.ts`.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    testEnvironmentOptions: {
      customExportConditions:
        environment === 'node' ? ['source', 'node', 'node-addons'] : ['source', 'browser'],
    },
  };
}
