// Checks that a production build holds nothing of the development-only dev panel: neither the
// panel ("Dev panel"), nor the request log that reads the API's cost headers ("X-Query-Count"),
// nor the paths of the dev panel's API routes ("/_dev/", DEV_PANEL_PATHS in the contracts). All
// hang on `import.meta.env.DEV`, which Vite turns into `false` and then removes.
// Run after `pnpm build`: `pnpm check:prod-build`.
import { readdirSync, readFileSync } from 'node:fs';

const DEV_ONLY_STRINGS = ['Dev panel', 'X-Query-Count', '/_dev/'];
const assets = new URL('../dist/assets/', import.meta.url);

const leaks = readdirSync(assets).flatMap((file) => {
  const text = readFileSync(new URL(file, assets), 'utf8');
  return DEV_ONLY_STRINGS.filter((string) => text.includes(string)).map(
    (string) => `dist/assets/${file} contains "${string}"`,
  );
});
for (const leak of leaks) console.error(leak);
if (leaks.length > 0) process.exitCode = 1;
else console.log(`No development-only code in dist/assets (${DEV_ONLY_STRINGS.join(', ')}).`);
