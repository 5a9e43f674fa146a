import type { Page } from 'playwright-core';
import { openSignedIn, signInThroughApi } from './support/api';
import { usePage, webUrl } from './support/browser';
import { eventually } from './support/eventually';

const connecting = (page: Page) => page.locator('nav').getByText('Connecting…');

/** Stores a token before the app starts, as a returning visitor has one. */
async function arriveWithToken(page: Page, token: string) {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('token-planted')) {
      localStorage.setItem('jwtToken', stored);
      sessionStorage.setItem('token-planted', 'yes');
    }
  }, token);
}

describe('restoring the session', () => {
  const browserPage = usePage();

  it('forgets a rejected token and keeps the guest on the feed', async () => {
    const page = browserPage();
    await arriveWithToken(page, 'not-a-valid-token');

    await page.goto(webUrl('/'));

    await page.locator('nav .nav-link', { hasText: 'Sign in' }).waitFor();
    await page.locator('.article-preview').first().waitFor();
    await page.waitForURL(webUrl('/'));
    await eventually(async () =>
      expect(await page.evaluate(() => localStorage.getItem('jwtToken'))).toBeNull(),
    );
  });

  it('keeps the token through a 500 and a reload, saying Connecting…, while the feed works', async () => {
    const page = browserPage();
    const johndoe = await signInThroughApi();
    await arriveWithToken(page, johndoe.token);
    await page.route('**/api/user', (route) =>
      route.fulfill({ status: 500, json: { errors: { server: ['internal error'] } } }),
    );

    await page.goto(webUrl('/'));
    await connecting(page).waitFor();
    await page.locator('.article-preview').first().waitFor();
    await page.reload();

    await connecting(page).waitFor();
    await eventually(async () => {
      expect(await page.getByText('Connecting…').count()).toBe(1);
      expect(await page.evaluate(() => localStorage.getItem('jwtToken'))).toBe(johndoe.token);
      expect(await page.evaluate(() => window.__conduit_debug__?.getAuthState())).toBe(
        'unavailable',
      );
    });
  });

  it('says Connecting… when the API cannot be reached, and signs in once it answers', async () => {
    const page = browserPage();
    const johndoe = await signInThroughApi();
    await arriveWithToken(page, johndoe.token);
    await page.route('**/api/user', (route) => route.abort('connectionrefused'));

    await page.goto(webUrl('/'));
    await connecting(page).waitFor();
    await page.unroute('**/api/user');

    await page.locator('nav .nav-link', { hasText: 'johndoe' }).waitFor({ timeout: 15_000 });
    expect(await connecting(page).count()).toBe(0);
  });

  it('shows Unable to connect when saving the settings cannot reach the API', async () => {
    const page = browserPage();
    await openSignedIn(page, await signInThroughApi(), '/settings');
    await page.route('**/api/user', (route) =>
      route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue(),
    );

    await page.fill('textarea[name=bio]', 'Offline edit');
    await page.click('button[type=submit]');

    await page.locator('ul.error-messages li', { hasText: 'Unable to connect' }).waitFor();
    expect(await page.inputValue('textarea[name=bio]')).toBe('Offline edit');
  });
});
