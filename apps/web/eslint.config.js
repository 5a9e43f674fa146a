// The workspace's rules plus what a React SPA needs. It lives here, not in the root config,
// because its plugins are this package's dev dependencies (pnpm lets a file import only what
// its own package declares); ESLint uses the config nearest to each file it lints.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import workspaceConfig from '../../eslint.config.js';

const FEATURES = ['articles', 'comments', 'dev-panel', 'editor', 'profiles', 'settings', 'tags'];
const src = (folder) => `./src/${folder}`;

// One direction of dependency, as in bulletproof-react: app → features → auth → api and ui.
// A feature never imports another: pages in `src/app/pages` put features side by side.
const boundaries = [
  {
    target: [src('api'), src('ui')],
    from: [src('app'), src('auth'), ...FEATURES.map(src)],
    message: 'Shared code (api, ui) may not depend on the app, the session or a feature.',
  },
  {
    target: src('auth'),
    from: [src('app'), ...FEATURES.map(src)],
    message: 'The session may not depend on the app or a feature.',
  },
  ...FEATURES.map((feature) => ({
    target: src(feature),
    from: [src('app'), ...FEATURES.filter((other) => other !== feature).map(src)],
    message: 'A feature may not import the app or another feature; compose them in a page.',
  })),
];

export default [
  ...workspaceConfig,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: boundaries },
      ],
      'import-x/no-cycle': 'error',
    },
  },
];
