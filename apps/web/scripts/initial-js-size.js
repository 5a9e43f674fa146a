// Prints the JavaScript a first visit downloads (the entry script and the modules index.html
// preloads), gzipped, against the budget of 150 KB. Run after `pnpm build`: `pnpm size`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
].map((match) => match[1]);

let totalKb = 0;
for (const script of scripts) {
  const kb = gzipSync(readFileSync(new URL(script, dist))).length / 1024;
  totalKb += kb;
  console.log(`${kb.toFixed(1).padStart(7)} KB  ${script}`);
}
console.log(
  `${totalKb.toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${BUDGET_KB} KB)`,
);
if (totalKb > BUDGET_KB) process.exitCode = 1;
