import { aNewUser, anArticleBy, openSignedIn } from './support/api';
import { usePage, webUrl } from './support/browser';

describe('on a 360 px phone', () => {
  const browserPage = usePage({ viewport: { width: 360, height: 740 } });

  it('shows every page without sideways scrolling', async () => {
    const page = browserPage();
    const author = await aNewUser();
    const article = await anArticleBy(author, {
      title: 'A title long enough to wrap several times on a small phone screen',
      tagList: ['responsive', 'layout'],
    });
    await openSignedIn(page, author);
    // Each page with what shows once its data has loaded: the widest content comes with it.
    const pages: Array<[path: string, loaded: string]> = [
      ['/', '.preview-link h1'],
      [`/article/${article.slug}`, '.article-content .tag-default'],
      [`/profile/${author.username}`, '.preview-link h1'],
      ['/editor', 'input[name=title]'],
      ['/settings', 'input[name=username]'],
    ];

    const overflowing: string[] = [];
    for (const [path, loaded] of pages) {
      await page.goto(webUrl(path));
      await page.locator(`main ${loaded}`).first().waitFor();
      const isWider = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      if (isWider) overflowing.push(path);
    }

    expect(overflowing).toEqual([]);
  });
});
