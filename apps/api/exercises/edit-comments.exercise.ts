import { setTimeout as delay } from 'node:timers/promises';
import type { Response } from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import {
  addComment,
  createArticle,
  queryCount,
  registerUser,
  type SignedIn,
} from '../test/support/factories.js';
import { createTestApp, type TestApp } from '../test/support/test-app.js';
import { sql, statementsOf } from './support/query-plans.js';

// Exercise 2, docs/exercises/02-edit-comments.md: PUT /api/articles/:slug/comments/:id lets the
// author of a comment change its body. Errors follow docs/api.md's order: 401, then 404 (the article
// before its comment), then 403, then 422. The route is in the contracts' route table; the edit is
// one UPDATE that only the author's comment matches, and the database moves `updatedAt` forward.

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

const edit = (slug: string, id: number | string, who: SignedIn | undefined, body: unknown) => {
  const request = t.api.put(`/api/articles/${slug}/comments/${id}`);
  if (who) request.set(who.auth);
  return request.send({ comment: { body } });
};

describe('editing a comment: PUT /api/articles/:slug/comments/:id', () => {
  it('answers 200 with the comment: same id, author and createdAt, the new body', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug, 'Frist!');

    const response = await edit(slug, comment.id, commenter, "First, and <b>that's</b>  it").expect(
      200,
    );

    expect(response.body.comment).toEqual({
      id: comment.id,
      createdAt: comment.createdAt,
      updatedAt: expect.any(String),
      body: "First, and <b>that's</b>  it",
      author: comment.author,
    });
  });

  it('moves updatedAt forward on every edit, and never createdAt', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const first = (await edit(slug, comment.id, commenter, 'Edited once').expect(200)).body.comment;
    const second = (await edit(slug, comment.id, commenter, 'Edited twice').expect(200)).body
      .comment;

    expect(Date.parse(first.updatedAt)).toBeGreaterThan(Date.parse(comment.updatedAt));
    expect(Date.parse(second.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
    expect(second.createdAt).toBe(comment.createdAt);
  });

  it('shows the new body to everyone who reads the comments, in the same place', async () => {
    const { slug } = await createArticle(t, author);
    const older = await addComment(t, commenter, slug, 'Older');
    const newer = await addComment(t, author, slug, 'Newer');

    const { body: edited } = await edit(slug, older.id, commenter, 'Older, edited').expect(200);
    const response = await t.api.get(`/api/articles/${slug}/comments`).expect(200);

    expect(response.body.comments).toEqual([newer, edited.comment]);
  });

  it('is documented from the route table: the body a new comment sends, 200, its errors', async () => {
    const { body: doc } = await t.api.get('/api/docs/openapi.json').expect(200);
    const operation = doc.paths['/articles/{slug}/comments/{id}']?.put;
    const addition = doc.paths['/articles/{slug}/comments'].post;

    expect(operation?.requestBody).toEqual(addition.requestBody);
    expect(operation?.responses?.['200']?.content).toEqual(addition.responses['201'].content);
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      '200',
      '401',
      '403',
      '404',
      '422',
    ]);
  });
});

describe('who may edit a comment, and what', () => {
  it('answers 401 without a token, and 401 is invalid with a bad one', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const missing = await edit(slug, comment.id, undefined, 'Anonymous').expect(401);
    const invalid = await t.api
      .put(`/api/articles/${slug}/comments/${comment.id}`)
      .set('Authorization', 'Token not-a-token')
      .send({ comment: { body: 'Forged' } })
      .expect(401);

    expect(missing.body).toEqual({ errors: { token: ['is missing'] } });
    expect(invalid.body).toEqual({ errors: { token: ['is invalid'] } });
  });

  it("refuses someone else's comment with 403, even to the article's author, and keeps it", async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug, 'Mine');

    const response = await edit(slug, comment.id, author, 'Not yours').expect(403);

    expect(response.body).toEqual({ errors: { comment: ['forbidden'] } });
    const comments = await t.api.get(`/api/articles/${slug}/comments`);
    expect(comments.body.comments[0].body).toBe('Mine');
  });

  it('answers an unknown article with 404 article not found, before the comment', async () => {
    const response = await edit('no-such-article', 1, commenter, 'Anything').expect(404);

    expect(response.body).toEqual(ARTICLE_NOT_FOUND);
  });

  it.each(['abc', '99999999999', '2147483647', '1.5', '-1'])(
    'answers comment id %s with 404 comment not found',
    async (id) => {
      const { slug } = await createArticle(t, author);

      const response = await edit(slug, id, commenter, 'Anything').expect(404);

      expect(response.body).toEqual(COMMENT_NOT_FOUND);
    },
  );

  it('answers the id of a comment on another article with 404 comment not found', async () => {
    const { slug } = await createArticle(t, author);
    const elsewhere = await createArticle(t, author);
    const comment = await addComment(t, commenter, elsewhere.slug);

    const response = await edit(slug, comment.id, commenter, 'Moved?').expect(404);

    expect(response.body).toEqual(COMMENT_NOT_FOUND);
  });

  it.each([
    ['blank', '', ["can't be blank"]],
    ['missing', undefined, ["can't be blank"]],
    ['not a string', 42, ['must be a string']],
    ['over 10,000 characters', 'x'.repeat(10_001), ['is too long (maximum is 10000 characters)']],
  ])(
    'answers a body that is %s with 422 and the messages a new comment gets',
    async (_, body, messages) => {
      const { slug } = await createArticle(t, author);
      const comment = await addComment(t, commenter, slug);

      const response = await edit(slug, comment.id, commenter, body).expect(422);

      expect(response.body).toEqual({ errors: { body: messages } });
    },
  );

  it('checks existence and ownership before the body: 404 and 403 win over 422', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const unknownArticle = await edit('no-such-article', comment.id, commenter, '');
    const unknownComment = await edit(slug, 2_000_000_000, commenter, '');
    const notTheirs = await edit(slug, comment.id, author, '');

    expect([unknownArticle.status, unknownComment.status, notTheirs.status]).toEqual([
      404, 404, 403,
    ]);
  });
});

describe('how the edit is written', () => {
  /** The id of a user, which no answer of the API shows: the author of one of their comments. */
  const idOfAuthor = async (commentId: number) =>
    (
      await sql<{ id: number }>(t, 'SELECT author_id AS id FROM comments WHERE id = $1', [
        commentId,
      ])
    )[0]?.id;

  it('costs five statements: the token, the article and the comment, one UPDATE, the answer', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const response = await edit(slug, comment.id, commenter, 'Counted').expect(200);

    // Reading the comment again before writing it, or in a transaction of its own, costs more.
    expect(queryCount(response)).toBeLessThanOrEqual(5);
  });

  it('writes with one UPDATE of the comment that names its author, which decides', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const statements = await statementsOf(t, () =>
      edit(slug, comment.id, commenter, 'Written once').expect(200),
    );

    const writes = statements.filter((statement) => !/^\s*SELECT\b/i.test(statement.sql));
    expect(writes.map((write) => write.sql)).toEqual([
      expect.stringMatching(/^UPDATE\s+"?comments"?\s[\s\S]*\bWHERE\b[\s\S]*\bauthor_id\b/i),
    ]);
    expect(writes[0]?.parameters).toContain(await idOfAuthor(comment.id));
  });

  it('moves updatedAt past an edit that was written while it waited for the row', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug, 'Before');

    // The other edit started after ours but reached the row first: a clock of its own, later.
    const { response, finished } = await editWhileHeld(
      (other) => other.query('SELECT id FROM comments WHERE id = $1 FOR UPDATE', [comment.id]),
      () => edit(slug, comment.id, commenter, 'Ours, last'),
      async (other) => {
        await other.query(
          "UPDATE comments SET body = 'Theirs', updated_at = clock_timestamp() WHERE id = $1",
          [comment.id],
        );
        const [row] = await other.query('SELECT updated_at FROM comments WHERE id = $1', [
          comment.id,
        ]);
        return (row as { updated_at: Date }).updated_at;
      },
    );

    expect(response.status).toBe(200);
    expect(response.body.comment.body).toBe('Ours, last');
    expect(Date.parse(response.body.comment.updatedAt)).toBeGreaterThan(finished.getTime());
  });

  it('answers 404 and brings nothing back when the comment is deleted while it waits', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, commenter, slug);

    const { response } = await editWhileHeld(
      (other) => other.query('DELETE FROM comments WHERE id = $1', [comment.id]),
      () => edit(slug, comment.id, commenter, 'Too late'),
      async () => undefined,
    );

    expect(response.body).toEqual(COMMENT_NOT_FOUND);
    expect(response.status).toBe(404);
    const comments = await t.api.get(`/api/articles/${slug}/comments`).expect(200);
    expect(comments.body.comments).toEqual([]);
  });
});

/**
 * A race, played in a fixed order. Another transaction takes the comment's row (`take`); the edit
 * is sent and runs until it waits for that row; the other transaction then does `finish` and
 * commits, and the edit goes on with the row as that transaction left it. An edit that decided
 * on what it read before waiting answers as if nothing had happened.
 */
async function editWhileHeld<Finished>(
  take: (other: QueryRunner) => Promise<unknown>,
  send: () => PromiseLike<Response>,
  finish: (other: QueryRunner) => Promise<Finished>,
): Promise<{ response: Response; finished: Finished }> {
  const other = t.app.get(DataSource).createQueryRunner();
  await other.connect();
  try {
    await other.startTransaction();
    await take(other);
    const [{ pid }] = (await other.query('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
    let answered = false;
    const response = Promise.resolve(send()).finally(() => (answered = true));
    while (!answered && !(await isBlockedBy(pid))) await delay(10);
    // An edit that answers before it waits never wrote the row.
    expect(answered).toBe(false);
    const finished = await finish(other);
    await other.commitTransaction();
    return { response: await response, finished };
  } finally {
    if (other.isTransactionActive) await other.rollbackTransaction();
    await other.release();
  }
}

/** Whether some statement is waiting for a lock that the backend `pid` holds. */
async function isBlockedBy(pid: number): Promise<boolean> {
  const waiting = await sql(
    t,
    'SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
    [pid],
  );
  return waiting.length > 0;
}
