import type { Comment } from '@conduit/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aComment, anArticle, aProfile, aUser } from '../src/testing/fixtures';
import { renderApp } from '../src/testing/render-app';

// Exercise 2, docs/exercises/02-edit-comments.md, the SPA's half: the author of a comment, and
// only they, gets an "Edit comment" button beside "Delete comment". It turns the card into a form
// in the same place: a text box "Edit your comment" holding the text, Save and Cancel. Save sends
// `PUT /api/articles/:slug/comments/:id` and shows the answer: the new text and, in a `time`
// element holding the `updatedAt`, "Edited <date>". Cancel puts the card back as it was. A refused
// save keeps the text and shows the API's messages.

const jane = aUser({ username: 'jane' });
const article = anArticle({ slug: 'dragons', title: 'Dragons' });
const EDITED_AT = '2026-02-03T12:00:00.000Z';

/** Newest first, as the API lists them: jane's comment between two of johndoe's. */
const threeComments = (): Record<string, Comment[]> => ({
  dragons: [
    aComment({ id: 3, body: 'Newer, by johndoe' }),
    aComment({ id: 2, body: 'Mine, first draft', author: aProfile({ username: 'jane' }) }),
    aComment({ id: 1, body: 'Older, by johndoe' }),
  ],
});

/**
 * The fake API's answer to an edit (`src/testing/fake-api.ts` has none on main): the author's
 * comment takes the new body and `EDITED_AT`; the bodies it was sent are kept in `sent`.
 */
function editRoute(comments: Record<string, Comment[]>, sent: unknown[]) {
  return http.put('/api/articles/:slug/comments/:id', async ({ params, request }) => {
    const comment = comments[String(params.slug)]?.find(({ id }) => id === Number(params.id));
    if (!comment) return HttpResponse.json({ errors: { comment: ['not found'] } }, { status: 404 });
    if (request.headers.get('Authorization') !== `Token token-of-${comment.author.username}`)
      return HttpResponse.json({ errors: { comment: ['forbidden'] } }, { status: 403 });
    const body = await request.json();
    sent.push(body);
    Object.assign(comment, {
      body: (body as { comment: { body: string } }).comment.body,
      updatedAt: EDITED_AT,
    });
    return HttpResponse.json({ comment });
  });
}

const commentsList = () => screen.getByRole('region', { name: 'Comments' });
const EDIT_BOX = { name: 'Edit your comment' };
const editBox = () => within(commentsList()).getByRole('textbox', EDIT_BOX);
const isEditing = () => within(commentsList()).queryByRole('textbox', EDIT_BOX) !== null;

/** Renders the article page with jane signed in, once its comments are on screen. */
async function renderComments(
  overrides = (comments: Record<string, Comment[]>) => [editRoute(comments, [])],
) {
  const comments = threeComments();
  const app = renderApp('/article/dragons', {
    signedInAs: jane,
    articles: [article],
    comments,
    overrides: overrides(comments),
  });
  const list = await screen.findByRole('region', { name: 'Comments' });
  await within(list).findByText('Mine, first draft');
  return app;
}

/** Whether `element` comes after `before` and ahead of `after` in the page. */
function isBetween(element: Element, before: Element, after: Element): boolean {
  const follows = (a: Element, b: Element) =>
    Boolean(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
  return follows(element, before) && follows(after, element);
}

describe("editing one's comment", () => {
  it("offers Edit on the reader's own comment only, beside its Delete", async () => {
    await renderComments();

    expect(within(commentsList()).getAllByRole('button', { name: 'Edit comment' })).toHaveLength(1);
    expect(within(commentsList()).getAllByRole('button', { name: 'Delete comment' })).toHaveLength(
      1,
    );
    expect(within(commentsList()).queryByText(/Edited/)).not.toBeInTheDocument();
  });

  it('turns the card into a form holding its text, where the card was', async () => {
    const { user } = await renderComments();

    await user.click(within(commentsList()).getByRole('button', { name: 'Edit comment' }));

    const box = editBox();
    expect(box).toHaveValue('Mine, first draft');
    const list = within(commentsList());
    expect(
      isBetween(box, list.getByText('Newer, by johndoe'), list.getByText('Older, by johndoe')),
    ).toBe(true);
    expect(list.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(list.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(screen.getByPlaceholderText('Write a comment...')).toHaveValue('');
  });

  it('saves: the API gets the new text, and the card shows it and when it was edited', async () => {
    const sent: unknown[] = [];
    const { user } = await renderComments((comments) => [editRoute(comments, sent)]);

    await user.click(within(commentsList()).getByRole('button', { name: 'Edit comment' }));
    await user.clear(editBox());
    await user.type(editBox(), 'Mine, edited');
    await user.click(within(commentsList()).getByRole('button', { name: 'Save' }));

    const list = within(commentsList());
    const text = await list.findByText('Mine, edited', { selector: 'p' });
    expect(sent).toEqual([{ comment: { body: 'Mine, edited' } }]);
    expect(isEditing()).toBe(false);
    expect(
      isBetween(text, list.getByText('Newer, by johndoe'), list.getByText('Older, by johndoe')),
    ).toBe(true);
    expect(commentsList().querySelector(`time[datetime="${EDITED_AT}"]`)).toHaveTextContent(
      'Edited February 3, 2026',
    );
  });

  it('cancels: the card comes back as it was, and nothing is sent', async () => {
    const sent: unknown[] = [];
    const { user } = await renderComments((comments) => [editRoute(comments, sent)]);

    await user.click(within(commentsList()).getByRole('button', { name: 'Edit comment' }));
    await user.type(editBox(), ', a draft to drop');
    await user.click(within(commentsList()).getByRole('button', { name: 'Cancel' }));

    expect(isEditing()).toBe(false);
    expect(within(commentsList()).getByText('Mine, first draft', { selector: 'p' })).toBeVisible();
    await user.click(within(commentsList()).getByRole('button', { name: 'Edit comment' }));
    expect(editBox()).toHaveValue('Mine, first draft');
    expect(sent).toEqual([]);
  });

  it("keeps the text and shows the API's message when the API refuses it with 422", async () => {
    const { user } = await renderComments(() => [
      // A rule only the API knows: whatever it refuses, the form says in the API's words.
      http.put('/api/articles/:slug/comments/:id', () =>
        HttpResponse.json(
          { errors: { body: ['contains a word the moderators refuse'] } },
          { status: 422 },
        ),
      ),
    ]);

    await user.click(within(commentsList()).getByRole('button', { name: 'Edit comment' }));
    await user.clear(editBox());
    await user.type(editBox(), 'Mine, with a bad word');
    await user.click(within(commentsList()).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'body contains a word the moderators refuse',
      ),
    );
    expect(editBox()).toHaveValue('Mine, with a bad word');
    expect(within(commentsList()).queryByText(/Edited/)).not.toBeInTheDocument();
  });
});
