import { aNewUser, anArticleBy, openSignedIn } from './support/api';
import { usePage, webUrl } from './support/browser';

describe('on a 360 px phone', () => {
  const browserPage = usePage({ width: 360, height: 740 });

  it('shows every page without sideways scrolling', async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author, {
      title: 'A title long enough to wrap several times on a small phone screen',
      tagList: ['responsive', 'layout'],
    });
    await openSignedIn(page, author);
    const pages = [
      '/',
      `/article/${article.slug}`,
      `/profile/${author.username}`,
      '/editor',
      '/settings',
    ];

    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(webUrl(path));
      await page.locator('main :is(h1, h4, input, .article-preview)').first().waitFor();
      const isWider = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      if (isWider) overflowing.push(path);
    }

    expect(overflowing).toEqual([]);
  });
});
