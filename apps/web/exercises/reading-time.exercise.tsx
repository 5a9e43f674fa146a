import type { Article } from '@conduit/contracts';
import { screen } from '@testing-library/react';
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

/** Its date, then its reading time, as a reader reads them (the markup between is free). */
const dateThenMinutes = (minutes: number) =>
  new RegExp(String.raw`January 20, 2026\D.*\b${minutes} min read\b`);

describe('the reading time in the byline', () => {
  it("is on each preview of the global feed, each article's own, after the date", async () => {
    renderApp('/', {
      articles: [
        anArticleTaking(1, { title: 'A short one' }),
        anArticleTaking(12, { title: 'A long one' }),
      ],
    });

    expect((await previewOf('A short one')).textContent).toMatch(dateThenMinutes(1));
    expect((await previewOf('A long one')).textContent).toMatch(dateThenMinutes(12));
  });

  it("is on the previews of a reader's own feed", async () => {
    renderApp('/?feed=following', {
      signedInAs: aUser(),
      articles: [anArticleTaking(7, { title: 'Followed', author: aProfile({ following: true }) })],
    });

    expect((await previewOf('Followed')).textContent).toMatch(dateThenMinutes(7));
  });

  it('is in the byline of the article page, after the date', async () => {
    renderApp('/article/long-read', {
      articles: [anArticleTaking(23, { slug: 'long-read', title: 'A long read' })],
    });

    const title = await screen.findByRole('heading', { level: 1, name: 'A long read' });
    // The banner: the title and the byline under it.
    expect(title.parentElement?.textContent).toMatch(dateThenMinutes(23));
  });
});
