import { aNewUser, anArticleBy, unique } from './support/api';
import { usePage, webUrl } from './support/browser';
import { eventually } from './support/eventually';

describe('feeds, pages and addresses', () => {
  const browserPage = usePage();

  it('filters the feed by a tag from the sidebar', async () => {
    const page = browserPage();
    const tag = unique('tag');
    const article = await anArticleBy(await aNewUser(), { tagList: [tag] });
    await page.goto(webUrl('/'));

    await page.click(`.sidebar .tag-pill:text-is("${tag}")`);

    await page.locator('.feed-toggle .nav-link.active', { hasText: `# ${tag}` }).waitFor();
    await page.locator('.preview-link h1', { hasText: article.title }).waitFor();
    await page.waitForURL(webUrl(`/tag/${tag}`));
    // The global feed, which has this article too, may still be on screen for a moment.
    await eventually(async () => expect(await page.locator('.article-preview').count()).toBe(1));
  });

  it('pages through the global feed, ten articles a page', async () => {
    const page = browserPage();
    await page.goto(webUrl('/'));
    await page.locator('.article-preview').first().waitFor();
    const firstPage = await page.locator('.preview-link h1').allTextContents();

    await page.click('.pagination .page-link:text-is("2")');

    await page.waitForURL(webUrl('/?page=2'));
    await page.locator('.page-item.active .page-link:text-is("2")').waitFor();
    expect(firstPage).toHaveLength(10);
    await eventually(async () => {
      const secondPage = await page.locator('.preview-link h1').allTextContents();
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    });
  });

  it('opens a page number given in the address', async () => {
    const page = browserPage();
    await page.goto(webUrl('/?page=2'));

    await page.locator('.page-item.active .page-link:text-is("2")').waitFor();
    await page.locator('.article-preview').first().waitFor();
  });

  it('renders the same article after a reload of its address', async () => {
    const page = browserPage();
    const article = await anArticleBy(await aNewUser());
    await page.goto(webUrl(`/article/${article.slug}`));
    await page.locator('.article-page h1').waitFor();

    await page.reload();

    await page.getByRole('heading', { level: 1, name: article.title, exact: true }).waitFor();
  });

  it('shows a friendly page for an unknown address', async () => {
    const page = browserPage();
    await page.goto(webUrl('/no/such/page'));

    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    expect(await page.locator('nav.navbar').count()).toBe(1);
  });

  it('keeps the article page, with an error, for an unknown article', async () => {
    const page = browserPage();
    await page.goto(webUrl('/article/no-such-article'));

    await page
      .locator('.article-page .error-messages li', { hasText: 'article not found' })
      .waitFor();
    expect(await page.locator('.article-page').count()).toBe(1);
  });

  it("shows a profile with the user's articles and an empty favorited tab", async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author);
    await page.goto(webUrl(`/profile/${author.username}`));

    await page.locator('.user-info h4', { hasText: author.username }).waitFor();
    await page.locator('.preview-link h1', { hasText: article.title }).waitFor();
    expect(await page.getAttribute('.user-info img.user-img', 'src')).toContain(
      'default-avatar.svg',
    );
    await page.click('.articles-toggle a:has-text("Favorited")');
    await page.locator('.empty-feed-message').waitFor();
  });

  it("updates one's bio in the settings and shows it on the profile", async () => {
    const page = browserPage();
    const user = await aNewUser();
    await page.addInitScript((token) => localStorage.setItem('jwtToken', token), user.token);
    await page.goto(webUrl('/settings'));

    await page.fill('textarea[name=bio]', 'I test browsers.');
    await page.click('button:has-text("Update Settings")');

    await page.waitForURL(webUrl(`/profile/${user.username}`));
    await page.locator('.user-info p', { hasText: 'I test browsers.' }).waitFor();
    await eventually(async () =>
      expect(await page.evaluate(() => window.__conduit_debug__?.getCurrentUser()?.bio)).toBe(
        'I test browsers.',
      ),
    );
  });
});
