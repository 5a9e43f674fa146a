import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// Where `/api` goes in development and preview. The browser tests start an API on a free port
// and point the proxy at it; everyone else gets the API's default port.
const apiProxyTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:3000';
const proxy = { '/api': { target: apiProxyTarget, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  // `source` first: the contracts package is used from its TypeScript source, no build step.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: { target: 'es2022' },
});
