import { chromium, type Browser, type Page } from 'playwright-core';
import {
  allowConnectionsTo,
  apiContentSecurityPolicy,
  enforcePolicy,
  watchForProblems,
} from './page-problems';

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
  // A page that `enforcePolicy` fulfils (to give it the CSP) has no server address, so Chromium
  // counts it as a public page and refuses its requests to a loopback address, such as the demo
  // avatars on the API's port ("Local Network Access"). The same page loaded from localhost is a
  // loopback page itself, which may.
  '--disable-features=LocalNetworkAccessChecks',
];

export const webUrl = (path = '/') => `${process.env.E2E_WEB_URL}${path}`;

let allowedProblems: RegExp[] = [];
/**
 * For the one kind of test that provokes a problem on purpose, such as hostile input that the CSP
 * is there to block: problems matching `pattern` do not fail the current test.
 */
export function allowProblems(pattern: RegExp) {
  allowedProblems.push(pattern);
}

interface PageOptions {
  viewport?: { width: number; height: number };
  /**
   * Where the SPA sends its requests when that is not its own origin (built with `VITE_API_URL`):
   * the host that serves it apart from the API must allow that origin in `connect-src`.
   */
  apiOrigin?: () => string;
}

/**
 * One browser per test file and a fresh page (own storage) per test, under the API's CSP. Call at
 * the top of a `describe`; `browserPage()` is the current test's page. A test fails if its page
 * logged an error, threw one that nobody caught, or violated the CSP.
 */
export function usePage({ viewport = { width: 1280, height: 900 }, apiOrigin }: PageOptions = {}) {
  let browser: Browser;
  let policy: string;
  let page: Page | undefined;
  let problems: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const apiPolicy = await apiContentSecurityPolicy();
    policy = apiOrigin ? allowConnectionsTo(apiPolicy, apiOrigin()) : apiPolicy;
  });
  beforeEach(async () => {
    const context = await browser.newContext({ viewport });
    // Shorter than the test's own timeout, so that a failure names the step that waited.
    context.setDefaultTimeout(10_000);
    await enforcePolicy(context, policy);
    problems = await watchForProblems(context);
    allowedProblems = [];
    page = await context.newPage();
  });
  afterEach(async () => {
    await page?.context().close();
    expect(
      problems.filter((problem) => !allowedProblems.some((allowed) => allowed.test(problem))),
    ).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
  });
  return () => {
    if (!page) throw new Error('browserPage() is only available inside a test');
    return page;
  };
}
