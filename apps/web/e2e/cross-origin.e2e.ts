import type { Locator, Page } from 'playwright-core';
import { unique } from './support/api';
import { usePage } from './support/browser';
import { type CrossOriginStack, startCrossOriginStack } from './support/cross-origin-stack';

/**
 * Our SPA as any client served apart from the API meets it: built with `VITE_API_URL`, on another
 * origin than the production API. Every PUT and DELETE needs a CORS preflight there, and every
 * image the API names must load in a page of another origin.
 */
describe('the SPA on another origin than the production API', () => {
  let stack: CrossOriginStack | undefined;
  beforeAll(async () => {
    stack = await startCrossOriginStack();
  }, 300_000);
  afterAll(() => stack?.stop());

  const apiOrigin = () => new URL(stack?.apiUrl ?? '').origin;
  // Under the API's CSP with the API's origin added to `connect-src`, as a host serving the SPA
  // apart from the API would send it. A refused preflight or a blocked image is a console error,
  // which fails the test whatever the page then shows.
  const browserPage = usePage({ apiOrigin });

  const web = (path: string) => `${stack?.webUrl}${path}`;

  /**
   * Does what sends a write, and waits for the API's answer: the SPA shows some writes before the
   * answer comes (a favorite, a follow), and a reload would cut such a request short.
   */
  async function write(page: Page, method: string, action: () => Promise<void>) {
    const answer = page.waitForResponse(
      (response) =>
        response.url().startsWith(stack?.apiUrl ?? '') && response.request().method() === method,
    );
    await action();
    expect((await answer).status()).toBeLessThan(300);
  }

  /** A full load of the page: what it then shows came from the server, not from the SPA's cache. */
  async function reloadAndSee(page: Page, expected: Locator) {
    await page.reload();
    await expected.waitFor();
  }

  /**
   * Turns a button of the article's byline (favorite, follow) on with a POST, then off with a
   * DELETE, each change still there after a reload. `on` and `off` are its class in each state:
   * its words alone would not tell them apart, since "Unfollow" contains "follow".
   */
  async function switchOnAndOff(
    page: Page,
    button: { off: string; on: string; onText: string; offText: string },
  ) {
    const inState = (state: string, text?: string) =>
      page.locator(`.article-meta button.${state}`, { hasText: text }).first();
    await write(page, 'POST', () => inState(button.off).click());
    await reloadAndSee(page, inState(button.on, button.onText));
    await write(page, 'DELETE', () => inState(button.on).click());
    await reloadAndSee(page, inState(button.off, button.offText));
  }

  it("shows the demo authors' avatars, served by the API", async () => {
    const page = browserPage();
    await page.goto(web('/'));

    const avatars = `.article-preview .article-meta img[src^="${apiOrigin()}/api/avatars/"]`;
    await page.locator(avatars).first().waitFor();
    await page.waitForFunction((selector) => {
      const images = [...document.querySelectorAll<HTMLImageElement>(selector)];
      return (
        images.length >= 3 && images.every((image) => image.complete && image.naturalWidth > 0)
      );
    }, avatars);
  });

  it('does every write, each still there after a reload', async () => {
    const page = browserPage();
    const username = unique('afar');

    await page.goto(web('/register'));
    await page.fill('input[name=username]', username);
    await page.fill('input[name=email]', `${username}@example.com`);
    await page.fill('input[name=password]', 'password123');
    await write(page, 'POST', () => page.click('button[type=submit]'));
    await page.waitForURL(web('/'));
    await reloadAndSee(page, page.locator('nav .nav-link', { hasText: username }));

    const image = `${apiOrigin()}/api/avatars/kofi_tests.svg`;
    await page.goto(web('/settings'));
    await page.fill('textarea[name=bio]', 'I write from another origin.');
    await page.fill('input[name=image]', image);
    await write(page, 'PUT', () => page.click('button:has-text("Update Settings")'));
    await page.waitForURL(web(`/profile/${username}`));
    await reloadAndSee(page, page.locator('.user-info p', { hasText: 'another origin' }));
    await page.locator(`.user-info img.user-img[src="${image}"]`).waitFor();

    await page.goto(web('/profile/pg_priya'));
    await page.locator('.article-preview .preview-link').first().click();
    await page.waitForURL(/\/article\//);
    await switchOnAndOff(page, {
      off: 'btn-outline-primary',
      on: 'btn-primary',
      onText: 'Unfavorite Article',
      offText: 'Favorite Article',
    });
    await switchOnAndOff(page, {
      off: 'btn-outline-secondary',
      on: 'btn-secondary',
      onText: 'Unfollow pg_priya',
      offText: 'Follow pg_priya',
    });

    const title = unique('Across origins ');
    await page.goto(web('/editor'));
    await page.fill('input[name=title]', title);
    await page.fill('input[name=description]', 'Written on one origin, stored on another');
    await page.fill('textarea[name=body]', 'Every write crosses origins.');
    await write(page, 'POST', () => page.click('button:has-text("Publish Article")'));
    await page.waitForURL(/\/article\//);
    await reloadAndSee(page, page.locator('.article-page h1', { hasText: title }));

    await page.click('a:has-text("Edit Article")');
    await page.fill('input[name=title]', `${title} (edited)`);
    await write(page, 'PUT', () => page.click('button:has-text("Publish Article")'));
    await page.locator('.article-page h1', { hasText: '(edited)' }).waitFor();
    await reloadAndSee(page, page.locator('.article-page h1', { hasText: `${title} (edited)` }));

    const comment = page.locator('textarea[placeholder="Write a comment..."]');
    const kept = page.locator('.card', { hasText: 'A comment that stays' });
    const removed = page.locator('.card', { hasText: 'A comment soon gone' });
    await comment.fill('A comment that stays');
    await write(page, 'POST', () => page.click('button:has-text("Post Comment")'));
    await kept.waitFor();
    await comment.fill('A comment soon gone');
    await write(page, 'POST', () => page.click('button:has-text("Post Comment")'));
    await reloadAndSee(page, removed);
    await write(page, 'DELETE', () => removed.locator('.mod-options i.ion-trash-a').click());
    await removed.waitFor({ state: 'detached' });
    // Both come in one answer: once the kept one shows, the removed one would show too.
    await reloadAndSee(page, kept);
    expect(await removed.count()).toBe(0);

    await write(page, 'DELETE', () => page.click('button:has-text("Delete Article")'));
    await page.waitForURL(web('/'));
    // The author's own page, loaded afresh, lists nothing any more.
    await page.goto(web(`/profile/${username}`));
    await page.locator('.empty-feed-message').waitFor();
  }, 120_000);
});
