import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aComment, anArticle, aProfile, aUser } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const jane = aUser({ username: 'jane' });
const article = anArticle({ slug: 'dragons', title: 'Dragons' });
const commentsList = () => screen.getByRole('region', { name: 'Comments' });

describe('comments on an article', () => {
  it('posts a comment, empties the box and lists what the API then holds', async () => {
    const { user, data } = renderApp('/article/dragons', { signedInAs: jane, articles: [article] });
    const box = await screen.findByPlaceholderText('Write a comment...');

    await user.type(box, 'First!');
    // Someone else commented meanwhile: the refetch after posting must bring it in.
    data.comments.dragons = [aComment({ id: 7, body: 'Meanwhile, elsewhere' })];
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    await waitFor(() => expect(within(commentsList()).getByText('First!')).toBeInTheDocument());
    await waitFor(() =>
      expect(within(commentsList()).getByText('Meanwhile, elsewhere')).toBeInTheDocument(),
    );
    expect(box).toHaveValue('');
  });

  it("says the comment can't be blank, in the API's words", async () => {
    const { user } = renderApp('/article/dragons', { signedInAs: jane, articles: [article] });

    await user.click(await screen.findByRole('button', { name: 'Post Comment' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("body can't be blank"));
  });

  it('keeps the text and stays signed in when posting is refused with 401', async () => {
    const { user } = renderApp('/article/dragons', {
      signedInAs: jane,
      articles: [article],
      overrides: [
        http.post('/api/articles/:slug/comments', () =>
          HttpResponse.json({ errors: { token: ['is invalid'] } }, { status: 401 }),
        ),
      ],
    });
    const box = await screen.findByPlaceholderText('Write a comment...');

    await user.type(box, 'Keep me');
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('token is invalid'));
    expect(box).toHaveValue('Keep me');
    expect(screen.getByRole('link', { name: 'jane' })).toBeInTheDocument();
  });

  it("removes one's own comment at once, without waiting for the API", async () => {
    let answerDelete: () => void = () => {};
    const { user } = renderApp('/article/dragons', {
      signedInAs: jane,
      articles: [article],
      comments: {
        dragons: [aComment({ id: 1, body: 'Mine', author: aProfile({ username: 'jane' }) })],
      },
      overrides: [
        http.delete('/api/articles/:slug/comments/:id', async () => {
          await new Promise<void>((resolve) => (answerDelete = resolve));
          return new HttpResponse(null, { status: 204 });
        }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete comment' }));

    expect(within(commentsList()).queryByText('Mine')).not.toBeInTheDocument();
    answerDelete();
  });

  it('brings a comment back with the reason when deleting it is forbidden', async () => {
    const { user } = renderApp('/article/dragons', {
      signedInAs: jane,
      articles: [article],
      comments: {
        dragons: [aComment({ id: 1, body: 'Mine', author: aProfile({ username: 'jane' }) })],
      },
      overrides: [
        http.delete('/api/articles/:slug/comments/:id', () =>
          HttpResponse.json({ errors: { comment: ['forbidden'] } }, { status: 403 }),
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete comment' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('comment forbidden'));
    expect(within(commentsList()).getByText('Mine')).toBeInTheDocument();
  });

  it('offers a guest no comment form and no second sign-in link', async () => {
    renderApp('/article/dragons', { articles: [article] });

    await waitFor(() => expect(screen.getByRole('link', { name: 'Sign up' })).toBeInTheDocument());
    expect(screen.queryByPlaceholderText('Write a comment...')).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Sign in' })).toHaveLength(1);
  });
});
