import { aNewUser, anArticleBy, openSignedIn, unique } from './support/api';
import { usePage, webUrl } from './support/browser';

describe('writing articles', () => {
  const browserPage = usePage();

  it('publishes an article with tags and shows its Markdown rendered', async () => {
    const page = browserPage();
    const author = await aNewUser();
    const title = unique('Published ');
    await openSignedIn(page, author, '/editor');

    await page.fill('input[name=title]', title);
    await page.fill('input[name=description]', 'What it is about');
    await page.fill('textarea[name=body]', '# Heading\n\nA *first* paragraph.');
    await page.fill('input[placeholder="Enter tags"]', 'browsers');
    await page.press('input[placeholder="Enter tags"]', 'Enter');
    await page.click('button:has-text("Publish Article")');

    await page.waitForURL(/\/article\//);
    expect(await page.textContent('.article-page h1')).toBe(title);
    expect(await page.textContent('.article-content p')).toBe('A first paragraph.');
    expect(await page.locator('.article-content .tag-default').allTextContents()).toEqual([
      'browsers',
    ]);
  });

  it("says the title can't be blank without sending the draft", async () => {
    const page = browserPage();
    await openSignedIn(page, await aNewUser(), '/editor');

    await page.fill('input[name=description]', 'No title yet');
    await page.fill('textarea[name=body]', 'Body');
    await page.click('button:has-text("Publish Article")');

    expect(await page.locator('ul.error-messages li').allTextContents()).toEqual([
      "title can't be blank",
    ]);
  });

  it('adds tags with Enter and removes one with its ×', async () => {
    const page = browserPage();
    await openSignedIn(page, await aNewUser(), '/editor');
    const tagInput = page.locator('input[placeholder="Enter tags"]');

    await tagInput.fill('one');
    await tagInput.press('Enter');
    await tagInput.fill('two');
    await tagInput.press('Enter');
    await page.click('.tag-list .tag-pill:has-text("one") i');

    expect(await page.locator('.tag-list .tag-pill').allTextContents()).toEqual(['two']);
    expect(page.url()).toBe(webUrl('/editor'));
  });

  it("edits one's article from its page", async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author);
    await openSignedIn(page, author, `/article/${article.slug}`);

    await page.click('a:has-text("Edit Article")');
    await page.fill('input[name=title]', `${article.title} (edited)`);
    await page.click('button:has-text("Publish Article")');

    await page.locator('.article-page h1', { hasText: '(edited)' }).waitFor();
    expect(page.url()).toContain('/article/');
  });

  it("deletes one's article and goes home, where it is gone", async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author);
    await openSignedIn(page, author, `/article/${article.slug}`);

    await page.click('button:has-text("Delete Article")');

    await page.waitForURL(webUrl('/'));
    await page.locator('.article-preview').first().waitFor();
    expect(await page.locator('.preview-link h1').allTextContents()).not.toContain(article.title);
  });

  it('renders a hostile body without running any of its script', async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author, {
      body: [
        'Hello <script>window.__xss = "script"</script>',
        '<img src="x" onerror="window.__xss = \'onerror\'">',
        '[click](javascript:window.__xss="link")',
      ].join('\n\n'),
    });
    await page.goto(webUrl(`/article/${article.slug}`));

    await page.locator('.article-content p').first().waitFor();
    await page.click('.article-content a');

    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator('.article-content script, .article-content [onerror]').count()).toBe(
      0,
    );
  });
});
