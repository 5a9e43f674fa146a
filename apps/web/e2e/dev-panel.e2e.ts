import { violations } from './support/axe';
import { usePage } from './support/browser';
import { freePort, startDevServer, stopProcess, waitFor } from './support/stack';

// A page of the dev server compiles its modules on the first visit: slower than a built one.
const FIRST_VISIT_TIMEOUT_MS = 60_000;

// The dev panel exists only in development, so this test opens the SPA from Vite's dev server
// (the other tests use a production build), against the stack's API in development.
describe('the dev panel, on the dev server and the real API', () => {
  const browserPage = usePage({ withApiPolicy: false });
  let devServer: ReturnType<typeof startDevServer>;
  let devUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    devUrl = `http://localhost:${port}`;
    devServer = startDevServer(port, new URL(process.env.E2E_API_URL ?? '').origin);
    await waitFor(`${devUrl}/api/health`, devServer);
  }, 150_000); // past waitFor's own limit, whose error shows the server's output

  afterAll(async () => {
    await stopProcess(devServer.child);
  });

  it(
    "expands the home page's list request to its SELECT, explains it, and passes axe",
    async () => {
      const page = browserPage();
      await page.goto(devUrl, { timeout: FIRST_VISIT_TIMEOUT_MS });
      await page.locator('.article-preview').first().waitFor({ timeout: FIRST_VISIT_TIMEOUT_MS });
      await page.getByRole('button', { name: 'Dev panel' }).click();
      const panel = page.getByRole('region', { name: 'Dev panel' });

      // React mounts the page twice in development: the newest row of the list is the one shown.
      await panel
        .getByRole('button', { name: 'Statements of GET /api/articles?limit=10&offset=0' })
        .first()
        .click();

      const statements = panel.getByRole('list', { name: 'Statements' });
      const select = statements
        .getByRole('listitem')
        .filter({ hasText: 'FROM "articles" "article"' })
        .filter({ hasText: 'LIMIT $' })
        .first();
      await expect(select.locator('pre').textContent()).resolves.toMatch(
        /^SELECT .*\nFROM "articles" "article"\n/s,
      );
      await select.getByRole('button', { name: 'Explain' }).click();
      await expect(select.getByLabel('Plan').textContent()).resolves.toMatch(/Limit/);
      expect(await violations(page)).toEqual([]);
    },
    // Past jest's 30 s: the first visit alone may take FIRST_VISIT_TIMEOUT_MS.
    2 * FIRST_VISIT_TIMEOUT_MS,
  );
});
