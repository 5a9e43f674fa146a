import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** A port from the environment, e.g. `WEB_PORT=5174`; a typo stops the start with its name. */
function portSetting(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number (1-65535), not "${value}"`);
  }
  return port;
}

// The dev server's port. Taken, it stops the start rather than drifting to another port: the
// address in the README and the dev container's forwarded port stay true.
const webPort = portSetting('WEB_PORT', 5173);
// Where `/api` goes in development and preview: the API on `PORT`, as `pnpm dev` starts it. The
// browser tests point it at an API elsewhere with API_PROXY_TARGET.
const apiPort = portSetting('PORT', 3000);
const apiProxyTarget = process.env.API_PROXY_TARGET ?? `http://localhost:${apiPort}`;
const proxy = { '/api': { target: apiProxyTarget, changeOrigin: true } };

/** Vite alone says "Port 5173 is already in use"; this names the setting that moves it. */
function explainTakenPort(): Plugin {
  return {
    name: 'conduit:explain-taken-port',
    configureServer({ httpServer, config }) {
      const explain = (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') return;
        config.logger.error(
          `Port ${webPort}, for the SPA, is in use (is \`pnpm dev\` already running?). Stop what ` +
            `holds it (\`lsof -i :${webPort}\` names it), or move the SPA: WEB_PORT=${webPort + 1} pnpm dev`,
        );
      };
      // Only while it starts: an error of a running server is Vite's to handle, not ours to hide.
      httpServer?.once('error', explain);
      httpServer?.once('listening', () => httpServer.off('error', explain));
    },
  };
}

export default defineConfig({
  plugins: [react(), explainTakenPort()],
  // `source` first: the contracts package is used from its TypeScript source, no build step.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: webPort, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Zod and `zod-jitless.ts` in one chunk, the configuration last: whatever imports zod
          // runs that chunk first, so no schema is built before the JIT is off. As separate
          // modules, the shared chunk that builds the contracts' schemas ran before `main.tsx`'s
          // own code, and zod probed `new Function` against the CSP.
          groups: [
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-jitless\.ts$/ },
          ],
        },
      },
    },
  },
});
