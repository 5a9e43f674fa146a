import { CommentResponse, CommentsResponse } from '@conduit/contracts';
import {
  addComment,
  createArticle,
  follow,
  registerUser,
  type SignedIn,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
let commenter: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  commenter = await registerUser(t);
});
afterAll(() => t.close());

const ARTICLE_NOT_FOUND = { errors: { article: ['not found'] } };
const COMMENT_NOT_FOUND = { errors: { comment: ['not found'] } };

describe("an article's comments: GET /api/articles/:slug/comments", () => {
  it('answers an article without comments with an empty list', async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api.get(`/api/articles/${slug}/comments`).expect(200);

    expect(CommentsResponse.parse(response.body)).toEqual({ comments: [] });
  });

  it('shows anyone the comments, with following computed for the caller', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug, 'Nice one');
    const reader = await registerUser(t);
    await follow(t, reader, commenter.user.username);

    const anonymous = await t.api.get(`/api/articles/${slug}/comments`).expect(200);
    const following = await t.api
      .get(`/api/articles/${slug}/comments`)
      .set(reader.auth)
      .expect(200);

    expect(CommentsResponse.parse(anonymous.body).comments).toEqual([comment]);
    expect(following.body.comments[0].author.following).toBe(true);
  });

  it('answers an unknown article with 404, not an empty list', async () => {
    const response = await t.api.get('/api/articles/no-such-article/comments').expect(404);

    expect(response.body).toEqual(ARTICLE_NOT_FOUND);
  });
});

describe('commenting: POST /api/articles/:slug/comments', () => {
  it("answers 201 with the comment: an integer id, the body as sent, the author's profile", async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api
      .post(`/api/articles/${slug}/comments`)
      .set(commenter.auth)
      .send({ comment: { body: "A's comment, <b>bold</b>  and spaced" } })
      .expect(201);

    const { comment } = CommentResponse.parse(response.body);
    expect(Number.isInteger(comment.id)).toBe(true);
    expect(comment).toMatchObject({
      body: "A's comment, <b>bold</b>  and spaced",
      author: { username: commenter.user.username, bio: null, image: null, following: false },
    });
    expect(comment.updatedAt).toBe(comment.createdAt);
  });

  it('numbers comments with increasing integer ids', async () => {
    const { slug } = await createArticle(t, author);

    const first = await addComment(t, commenter, slug);
    const second = await addComment(t, commenter, slug);

    expect(second.id).toBeGreaterThan(first.id);
  });

  it("answers a blank body with 422 can't be blank", async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api
      .post(`/api/articles/${slug}/comments`)
      .set(commenter.auth)
      .send({ comment: { body: '' } })
      .expect(422);

    expect(response.body).toEqual({ errors: { body: ["can't be blank"] } });
  });

  it('answers an unknown article with 404 before looking at the body', async () => {
    const response = await t.api
      .post('/api/articles/no-such-article/comments')
      .set(commenter.auth)
      .send({ comment: { body: '' } })
      .expect(404);

    expect(response.body).toEqual(ARTICLE_NOT_FOUND);
  });
});

describe('deleting a comment: DELETE /api/articles/:slug/comments/:id', () => {
  it('answers 204 with an empty body, after which the comment is gone', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const response = await t.api
      .delete(`/api/articles/${slug}/comments/${comment.id}`)
      .set(commenter.auth)
      .expect(204);

    expect(response.text).toBe('');
    const comments = await t.api.get(`/api/articles/${slug}/comments`);
    expect(comments.body.comments).toEqual([]);
  });

  it("refuses to delete someone else's comment with 403, even the article author's", async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const response = await t.api
      .delete(`/api/articles/${slug}/comments/${comment.id}`)
      .set(author.auth)
      .expect(403);

    expect(response.body).toEqual({ errors: { comment: ['forbidden'] } });
    const comments = await t.api.get(`/api/articles/${slug}/comments`);
    expect(comments.body.comments).toHaveLength(1);
  });

  it.each(['abc', '99999999999', '2147483647', '1.5', '-1'])(
    'answers comment id %s with 404 comment not found',
    async (id) => {
      const { slug } = await createArticle(t, author);

      const response = await t.api
        .delete(`/api/articles/${slug}/comments/${id}`)
        .set(commenter.auth)
        .expect(404);

      expect(response.body).toEqual(COMMENT_NOT_FOUND);
    },
  );

  it('answers the id of a comment on another article with 404 comment not found', async () => {
    const { slug } = await createArticle(t, author);
    const elsewhere = await createArticle(t, author);
    const comment = await addComment(t, commenter, elsewhere.slug);

    const response = await t.api
      .delete(`/api/articles/${slug}/comments/${comment.id}`)
      .set(commenter.auth)
      .expect(404);

    expect(response.body).toEqual(COMMENT_NOT_FOUND);
  });

  it('answers an unknown article with 404 article not found, before the comment', async () => {
    const response = await t.api
      .delete('/api/articles/no-such-article/comments/1')
      .set(commenter.auth)
      .expect(404);

    expect(response.body).toEqual(ARTICLE_NOT_FOUND);
  });
});
