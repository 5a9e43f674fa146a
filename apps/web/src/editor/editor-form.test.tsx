import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aUser } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

describe('the article editor', () => {
  it("checks the draft with the contract and lists each field's message", async () => {
    const { user } = renderApp('/editor', { signedInAs: aUser() });

    await user.click(await screen.findByRole('button', { name: 'Publish Article' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(["title can't be blank", "description can't be blank", "body can't be blank"]),
    );
  });

  it('adds a tag on Enter without publishing, and removes it with its ×', async () => {
    const { user } = renderApp('/editor', { signedInAs: aUser() });
    const tagInput = await screen.findByPlaceholderText('Enter tags');

    await user.type(tagInput, 'dragons{Enter}');
    await user.type(tagInput, 'fire{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove tag dragons' }));

    expect(screen.queryByText('dragons')).not.toBeInTheDocument();
    expect(screen.getByText('fire')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('publishes the draft with its tags and opens the new article', async () => {
    let sent: unknown;
    const published = anArticle({ slug: 'new-one', title: 'New one', tagList: ['fire'] });
    const { user, router } = renderApp('/editor', {
      signedInAs: aUser(),
      articles: [published],
      overrides: [
        http.post('/api/articles', async ({ request }) => {
          sent = await request.json();
          return HttpResponse.json({ article: published }, { status: 201 });
        }),
      ],
    });

    await user.type(await screen.findByLabelText('Article Title'), 'New one');
    await user.type(screen.getByLabelText("What's this article about?"), 'About it');
    await user.type(screen.getByLabelText('Write your article (in markdown)'), 'Body');
    await user.type(screen.getByPlaceholderText('Enter tags'), 'fire{Enter}');
    await user.click(screen.getByRole('button', { name: 'Publish Article' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'New one' })).toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/article/new-one');
    expect(sent).toEqual({
      article: { title: 'New one', description: 'About it', body: 'Body', tagList: ['fire'] },
    });
  });

  it('loads the article to edit and always sends its tags, even none', async () => {
    let sent: unknown;
    const article = anArticle({ slug: 'old', title: 'Old title', tagList: ['x'] });
    const { user } = renderApp('/editor/old', {
      signedInAs: aUser(),
      articles: [article],
      overrides: [
        http.put('/api/articles/:slug', async ({ request }) => {
          sent = await request.json();
          return HttpResponse.json({ article: { ...article, tagList: [] } });
        }),
      ],
    });

    await waitFor(() => expect(screen.getByLabelText('Article Title')).toHaveValue('Old title'));
    await user.click(screen.getByRole('button', { name: 'Remove tag x' }));
    await user.click(screen.getByRole('button', { name: 'Publish Article' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Old title' })).toBeInTheDocument(),
    );
    expect(sent).toMatchObject({ article: { title: 'Old title', tagList: [] } });
  });
});
