// `pnpm docs:screenshots`: the dev panel's pictures in docs/images/, taken from the running app so
// that the docs cannot drift from it. Starts what `pnpm dev` starts (the API in development on a
// throwaway embedded PostgreSQL with the demo data, and Vite's dev server), each on a free port,
// signs johndoe in, and photographs the panel in headless Chromium. Takes about a minute.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium.ts';
import {
  freePort,
  scratchDir,
  startDevelopmentApi,
  startDevServer,
  stopProcess,
  waitFor,
} from '../e2e/support/stack.ts';

const IMAGES = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const LIST_REQUEST = 'Statements of GET /api/articles?limit=10&offset=0';
// Tall enough for the panel (40% of the window) to show the list request's statements, the N+1
// included, without scrolling.
const VIEWPORT = { width: 1280, height: 3000 };
// A dev server compiles each module on its first request: the first page takes a while.
const FIRST_VISIT_TIMEOUT_MS = 60_000;

const scratch = await scratchDir('conduit-docs-screenshots-');
const [apiPort, webPort] = [await freePort(), await freePort()];
const apiOrigin = `http://127.0.0.1:${apiPort}`;
const webUrl = `http://localhost:${webPort}`;
const api = startDevelopmentApi(scratch, apiPort);
const web = startDevServer(webPort, apiOrigin);
try {
  await Promise.all([waitFor(`${apiOrigin}/api/health`, api), waitFor(webUrl, web)]);
  await photograph(await signInJohndoe());
} finally {
  await Promise.all([stopProcess(web.child), stopProcess(api.child)]);
  await rm(scratch, { recursive: true, force: true });
}

async function signInJohndoe(): Promise<string> {
  const response = await fetch(`${apiOrigin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { email: 'johndoe@example.com', password: 'password123' } }),
  });
  if (!response.ok) throw new Error(`signing johndoe in answered ${response.status}`);
  return ((await response.json()) as { user: { token: string } }).user.token;
}

async function photograph(token: string) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    context.setDefaultTimeout(20_000);
    await context.addInitScript((jwt) => localStorage.setItem('jwtToken', jwt), token);
    const page = await context.newPage();
    await page.goto(webUrl, { timeout: FIRST_VISIT_TIMEOUT_MS });
    await page.locator('.article-preview').first().waitFor({ timeout: FIRST_VISIT_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Dev panel' }).click();
    const panel = page.getByRole('region', { name: 'Dev panel' });

    const statements = await expandNewestListRequest(panel);
    await shoot(panel, 'dev-panel-list-request.png');

    // The count's plan: short enough to read whole, and a sequential scan (too small to matter).
    const countQuery = statements.getByRole('listitem').filter({ hasText: 'count(*)' }).first();
    await countQuery.getByRole('button', { name: 'Explain' }).click();
    const plan = countQuery.locator('.dev-panel-plan');
    await plan.getByLabel('Plan').waitFor();
    await shoot(panel, 'dev-panel-plan.png');

    await flipNPlusOneDemo(page, panel, true);
    await (await expandNewestListRequest(panel)).getByText(/^N\+1\?/).scrollIntoViewIfNeeded();
    await shoot(panel, 'dev-panel-n-plus-one-on.png');

    await flipNPlusOneDemo(page, panel, false);
    await expandNewestListRequest(panel);
    await shoot(panel, 'dev-panel-n-plus-one-off.png');

    await favoriteFirstArticle(page, panel);
    await shoot(panel, 'dev-panel-favorite.png');
  } finally {
    await browser.close();
  }
}

/** Expands the newest row of the home page's list, and answers its statements once shown. */
async function expandNewestListRequest(panel: Locator): Promise<Locator> {
  await panel.getByRole('button', { name: LIST_REQUEST, expanded: false }).first().click();
  const statements = panel.getByRole('list', { name: 'Statements' }).last();
  await statements.getByRole('listitem').first().waitFor();
  return statements;
}

/** Clears the panel, flips the switch, and waits for the list that the switch asks for again. */
async function flipNPlusOneDemo(page: Page, panel: Locator, isOn: boolean) {
  await panel.getByRole('button', { name: 'Clear' }).click();
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/articles?limit=10&offset=0')),
    panel.getByRole('switch', { name: 'N+1 demo' }).setChecked(isOn),
  ]);
  await panel.getByRole('button', { name: LIST_REQUEST }).first().waitFor();
}

/** Clears the panel, favorites the first article of the list and expands the favorite's row. */
async function favoriteFirstArticle(page: Page, panel: Locator) {
  await panel.getByRole('button', { name: 'Clear' }).click();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/favorite')),
    page.locator('.article-preview .btn-outline-primary').first().click(),
  ]);
  await panel.getByRole('button', { name: /^Statements of POST / }).click();
  await panel.getByRole('list', { name: 'Statements' }).getByRole('listitem').first().waitFor();
}

async function shoot(target: Locator, file: string) {
  await target.screenshot({ path: `${IMAGES}${file}`, animations: 'disabled' });
  console.log(`docs/images/${file}`);
}
