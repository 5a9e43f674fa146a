import type { Article } from '@conduit/contracts';
import { screen, within } from '@testing-library/react';
import { anArticle, aProfile, aUser } from '../src/testing/fixtures';
import { renderApp } from '../src/testing/render-app';

// Exercise 1, docs/exercises/01-reading-time.md, the SPA's half: the byline of every article, in
// the lists and on the article page, says how long it takes to read ("4 min read"), as the API
// answers it in `readingTimeMinutes`.

/**
 * An article as the API answers it once the exercise is done. The field is added here rather than
 * in the shared fixtures: until the contract has it, `Article` does not know it.
 */
const anArticleTaking = (readingTimeMinutes: number, overrides: Partial<Article> = {}): Article =>
  ({ ...anArticle(overrides), readingTimeMinutes }) as Article;

/** The preview card of the list that shows the article titled `title`. */
async function previewOf(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: title });
  return heading.closest('article') as HTMLElement;
}

/** Whether `later` comes after `earlier` in the page, as a reader reads it. */
const comesAfter = (later: Node, earlier: Node) =>
  Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the reading time in the byline', () => {
  it("is on each preview of the global feed, each article's own, after the date", async () => {
    renderApp('/', {
      articles: [
        anArticleTaking(1, { title: 'A short one' }),
        anArticleTaking(12, { title: 'A long one' }),
      ],
    });

    const short = await previewOf('A short one');
    const long = await previewOf('A long one');
    expect(within(short).getByText('1 min read')).toBeInTheDocument();
    expect(within(long).getByText('12 min read')).toBeInTheDocument();
    expect(
      comesAfter(within(long).getByText('12 min read'), within(long).getByText('January 20, 2026')),
    ).toBe(true);
  });

  it("is on the previews of a reader's own feed", async () => {
    renderApp('/?feed=following', {
      signedInAs: aUser(),
      articles: [anArticleTaking(7, { title: 'Followed', author: aProfile({ following: true }) })],
    });

    expect(within(await previewOf('Followed')).getByText('7 min read')).toBeInTheDocument();
  });

  it('is in the byline of the article page, after the date', async () => {
    renderApp('/article/long-read', {
      articles: [anArticleTaking(23, { slug: 'long-read', title: 'A long read' })],
    });

    const title = await screen.findByRole('heading', { level: 1, name: 'A long read' });
    const banner = title.parentElement as HTMLElement;
    const readingTime = within(banner).getByText('23 min read');
    expect(comesAfter(readingTime, within(banner).getByText('January 20, 2026'))).toBe(true);
  });
});
