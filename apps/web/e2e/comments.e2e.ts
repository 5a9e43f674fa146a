import { aNewUser, anArticleBy, openSignedIn } from './support/api';
import { usePage, webUrl } from './support/browser';

describe('comments', () => {
  const browserPage = usePage();

  it('posts a comment, which shows and empties the box', async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, reader, `/article/${article.slug}`);

    await page.fill('textarea[placeholder="Write a comment..."]', "A reader's first comment");
    await page.click('button:has-text("Post Comment")');

    await page.locator('.card .card-block p', { hasText: "A reader's first comment" }).waitFor();
    expect(await page.inputValue('textarea[placeholder="Write a comment..."]')).toBe('');
  });

  it("deletes one's comment with the trash icon", async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, reader, `/article/${article.slug}`);
    await page.fill('textarea[placeholder="Write a comment..."]', 'Soon gone');
    await page.click('button:has-text("Post Comment")');
    const comment = page.locator('.card', { hasText: 'Soon gone' });
    await comment.waitFor();

    await comment.locator('.mod-options i.ion-trash-a').click();

    await comment.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.article-content').waitFor();
    expect(await page.locator('.card', { hasText: 'Soon gone' }).count()).toBe(0);
  });

  it('keeps the comment and says Unable to connect when posting cannot reach the API', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, await aNewUser(), `/article/${article.slug}`);
    await page.route('**/comments', (route) =>
      route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue(),
    );

    await page.fill('textarea[placeholder="Write a comment..."]', 'Lost in transit');
    await page.click('button:has-text("Post Comment")');

    await page.locator('ul.error-messages li', { hasText: 'Unable to connect' }).waitFor();
    expect(await page.inputValue('textarea[placeholder="Write a comment..."]')).toBe(
      'Lost in transit',
    );
  });

  it('shows a guest the comments but no form', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await page.goto(webUrl(`/article/${article.slug}`));

    await page.locator('.article-content').waitFor();
    expect(await page.locator('.comment-form').count()).toBe(0);
    expect(await page.locator('a[href="/login"]').count()).toBe(1);
  });
});
