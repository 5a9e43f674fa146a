import type { BrowserContext, ConsoleMessage } from 'playwright-core';

const REPORT_VIOLATION = '__reportCspViolation';

/**
 * The API's Content-Security-Policy, which production sends with the SPA (the API serves both).
 * `vite preview` sends none of its own, so without this a violation could not happen in a test.
 */
export async function apiContentSecurityPolicy(): Promise<string> {
  const response = await fetch(`${process.env.E2E_API_URL}/health/live`);
  const policy = response.headers.get('content-security-policy');
  if (!policy) throw new Error('the API sent no Content-Security-Policy');
  return policy;
}

/** `policy` with `origin` added to the places its page may fetch from (`connect-src`). */
export function allowConnectionsTo(policy: string, origin: string): string {
  if (!/connect-src /.test(policy)) throw new Error(`no connect-src to extend in ${policy}`);
  return policy.replace(/connect-src /, `connect-src ${origin} `);
}

/** Serves every page of `context` under `policy`, as production does. */
export async function enforcePolicy(context: BrowserContext, policy: string): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
}

/**
 * The browser's own line for an API answer with an error status ("Failed to load resource: the
 * server responded with a status of 401"). Those answers are part of the contract: the app shows
 * them, and the tests check what it shows. Any other failed load (a script, a font) is a problem.
 */
function isApiErrorAnswer(message: ConsoleMessage): boolean {
  const { pathname } = new URL(message.location().url || 'about:blank');
  return message.text().startsWith('Failed to load resource') && pathname.startsWith('/api/');
}

/**
 * Collects what a user would never see but a developer's console shows: errors logged, exceptions
 * nobody caught, and CSP violations (reported by a listener installed before the app's scripts).
 * Returns the list, which the caller checks once the test is over.
 */
export async function watchForProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeFunction(REPORT_VIOLATION, (text: string) => problems.push(text));
  await context.addInitScript((report) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const send = (window as unknown as Record<string, (text: string) => void>)[report];
      send?.(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  }, REPORT_VIOLATION);
  context.on('console', (message) => {
    if (message.type() === 'error' && !isApiErrorAnswer(message))
      problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (webError) => problems.push(`uncaught: ${webError.error().message}`));
  return problems;
}
