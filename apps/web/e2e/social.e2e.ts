import type { Page } from 'playwright-core';
import { aNewUser, anArticleBy, openSignedIn } from './support/api';
import { usePage, webUrl } from './support/browser';
import { eventually } from './support/eventually';
import { clickAndWaitForWrite } from './support/writes';

/** Exactly this name: `Follow jane` must not match `Unfollow jane`. */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('favorites and follows', () => {
  const browserPage = usePage();

  it('favorites an article, which then shows in the favorited tab', async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, reader, `/article/${article.slug}`);

    await clickAndWaitForWrite(button(page, 'Favorite Article (0)').first(), 'POST', /\/favorite$/);

    await page
      .locator('.article-meta button.btn-primary', { hasText: 'Unfavorite Article (1)' })
      .waitFor();
    await page.goto(webUrl(`/profile/${reader.username}/favorites`));
    await page.locator('.preview-link h1', { hasText: article.title }).waitFor();
    await eventually(async () =>
      expect(await page.locator('.article-preview .btn-primary').textContent()).toContain('1'),
    );
  });

  it('follows an author, whose articles then fill Your Feed, and unfollows', async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const author = await aNewUser();
    const article = await anArticleBy(author);
    await openSignedIn(page, reader, '/?feed=following');
    await page.locator('.empty-feed-message', { hasText: 'Your feed is empty' }).waitFor();

    await page.goto(webUrl(`/profile/${author.username}`));
    await clickAndWaitForWrite(button(page, `Follow ${author.username}`), 'POST', /\/follow$/);
    await button(page, `Unfollow ${author.username}`).waitFor();
    await page.click('nav a[href="/"]');
    await page.click('.feed-toggle a:has-text("Your Feed")');

    await page.locator('.preview-link h1', { hasText: article.title }).waitFor();
    await page.goto(webUrl(`/profile/${author.username}`));
    await clickAndWaitForWrite(button(page, `Unfollow ${author.username}`), 'DELETE', /\/follow$/);
    await button(page, `Follow ${author.username}`).waitFor();
    // What the server kept: the profile afresh, and the feed empty again.
    await page.reload();
    await button(page, `Follow ${author.username}`).waitFor();
    await page.goto(webUrl('/?feed=following'));
    await page.locator('.empty-feed-message', { hasText: 'Your feed is empty' }).waitFor();
  });

  it('puts the favorite back and says so when the API refuses', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, await aNewUser(), `/article/${article.slug}`);
    await page.route('**/favorite', (route) =>
      route.fulfill({ status: 500, json: { errors: { server: ['internal error'] } } }),
    );

    await page.click('button:has-text("Favorite Article")');

    await page.locator('ul.error-messages li', { hasText: 'server internal error' }).waitFor();
    await eventually(async () =>
      expect(
        await page
          .locator('.article-meta button', { hasText: 'Favorite Article' })
          .getAttribute('class'),
      ).toContain('btn-outline-primary'),
    );
  });
});
