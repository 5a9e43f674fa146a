import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  allowConnectionsTo,
  apiContentSecurityPolicy,
  enforcePolicy,
  watchForProblems,
} from './page-problems';

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
  /**
   * False for a page of Vite's dev server, which production never serves: its inline React Refresh
   * preamble and its reload websocket are what the production policy is there to refuse.
   */
  withApiPolicy?: boolean;
}

/**
 * One browser per test file and a fresh page (own storage) per test, under the API's CSP. Call at
 * the top of a `describe`; `browserPage()` is the current test's page. A test fails if its page
 * logged an error, threw one that nobody caught, or violated the CSP.
 */
export function usePage({
  viewport = { width: 1280, height: 900 },
  apiOrigin,
  withApiPolicy = true,
}: PageOptions = {}) {
  let browser: Browser;
  let policy: string | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    if (!withApiPolicy) return;
    const apiPolicy = await apiContentSecurityPolicy();
    policy = apiOrigin ? allowConnectionsTo(apiPolicy, apiOrigin()) : apiPolicy;
  });
  beforeEach(async () => {
    const context = await browser.newContext({ viewport });
    // Shorter than the test's own timeout, so that a failure names the step that waited.
    context.setDefaultTimeout(10_000);
    if (policy) await enforcePolicy(context, policy);
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
