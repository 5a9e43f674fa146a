import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium: no browser is downloaded, so the tests run offline and in CI alike.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const webUrl = (path = '/') => `${process.env.E2E_WEB_URL}${path}`;

/**
 * One browser per test file and a fresh page (own storage) per test. Call at the top of a
 * `describe`; `browserPage()` is the current test's page.
 */
export function usePage(viewport = { width: 1280, height: 900 }) {
  let browser: Browser;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  beforeEach(async () => {
    const context = await browser.newContext({ viewport });
    // Shorter than the test's own timeout, so that a failure names the step that waited.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await browser.close();
  });
  return () => {
    if (!page) throw new Error('browserPage() is only available inside a test');
    return page;
  };
}
