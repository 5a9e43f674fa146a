import { aNewUser, anArticleBy, openSignedIn } from './support/api';
import { usePage, webUrl } from './support/browser';
import { eventually } from './support/eventually';
import { clickAndWaitForWrite } from './support/writes';

const COMMENT_BOX = 'textarea[placeholder="Write a comment..."]';

describe('comments', () => {
  const browserPage = usePage();

  it('posts a comment, which shows and empties the box', async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, reader, `/article/${article.slug}`);

    await page.fill(COMMENT_BOX, "A reader's first comment");
    await page.click('button:has-text("Post Comment")');

    await page.locator('.card .card-block p', { hasText: "A reader's first comment" }).waitFor();
    await eventually(async () => expect(await page.inputValue(COMMENT_BOX)).toBe(''));
  });

  it("deletes one's comment with the trash icon", async () => {
    const page = browserPage();
    const reader = await aNewUser();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, reader, `/article/${article.slug}`);
    for (const body of ['Here to stay', 'Soon gone']) {
      await page.fill(COMMENT_BOX, body);
      await page.click('button:has-text("Post Comment")');
      await page.locator('.card', { hasText: body }).waitFor();
    }
    const comment = page.locator('.card', { hasText: 'Soon gone' });

    // The card goes at once, before the API answers: wait for the deletion to reach the server.
    await clickAndWaitForWrite(
      comment.locator('.mod-options i.ion-trash-a'),
      'DELETE',
      /\/comments\/\d+$/,
    );
    await comment.waitFor({ state: 'detached' });
    await page.reload();

    // The comments as the server has them now: once the other one shows, the list has loaded.
    await page.locator('.card', { hasText: 'Here to stay' }).waitFor();
    expect(await comment.count()).toBe(0);
  });

  it('keeps the comment and says Unable to connect when posting cannot reach the API', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await openSignedIn(page, await aNewUser(), `/article/${article.slug}`);
    await page.route('**/comments', (route) =>
      route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue(),
    );

    await page.fill(COMMENT_BOX, 'Lost in transit');
    await page.click('button:has-text("Post Comment")');

    await page.locator('ul.error-messages li', { hasText: 'Unable to connect' }).waitFor();
    expect(await page.inputValue(COMMENT_BOX)).toBe('Lost in transit');
  });

  it('shows a guest the comments but no form', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await page.goto(webUrl(`/article/${article.slug}`));

    await page.locator('.comment-prompt', { hasText: 'Sign up' }).waitFor();
    expect(await page.locator('.comment-form').count()).toBe(0);
    expect(await page.locator('a[href="/login"]').count()).toBe(1);
  });
});
