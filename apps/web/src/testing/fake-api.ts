import type { Article, Comment, User } from '@conduit/contracts';
import { http, HttpResponse } from 'msw';

/** What the fake API knows; tests arrange it directly and read it back. */
export interface FakeData {
  users: User[];
  articles: Article[];
  comments: Record<string, Comment[]>;
}

const notFound = (resource: string) =>
  HttpResponse.json({ errors: { [resource]: ['not found'] } }, { status: 404 });
const unauthorized = () =>
  HttpResponse.json({ errors: { token: ['is missing'] } }, { status: 401 });

/**
 * A small in-memory Conduit API for component tests, answering as docs/api.md describes at the network edge.
 * It keeps just enough state for lists and counts to change after a mutation, which is what
 * the invalidation tests look for. Failures are arranged per test with `server.use(...)`.
 */
export function fakeApiHandlers(data: FakeData) {
  const caller = (request: Request) => {
    const token = request.headers.get('Authorization')?.replace(/^Token /, '');
    return data.users.find((user) => user.token === token);
  };
  const findArticle = (slug: unknown) => data.articles.find((article) => article.slug === slug);

  return [
    http.get('/api/user', ({ request }) => {
      const user = caller(request);
      return user ? HttpResponse.json({ user }) : unauthorized();
    }),
    http.get('/api/tags', () =>
      HttpResponse.json({ tags: [...new Set(data.articles.flatMap((a) => a.tagList))].sort() }),
    ),
    http.get('/api/articles', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const matches = data.articles.filter(
        (article) =>
          (!query.get('tag') || article.tagList.includes(query.get('tag') ?? '')) &&
          (!query.get('author') || article.author.username === query.get('author')) &&
          // A test has one reader, so "favorited by them" is the article's own flag.
          (!query.get('favorited') || article.favorited),
      );
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 20);
      return HttpResponse.json({
        articles: matches
          .slice(offset, offset + limit)
          .map(({ body: _body, ...preview }) => preview),
        articlesCount: matches.length,
      });
    }),
    http.get('/api/articles/feed', ({ request }) => {
      if (!caller(request)) return unauthorized();
      const feed = data.articles.filter((article) => article.author.following);
      return HttpResponse.json({ articles: feed, articlesCount: feed.length });
    }),
    http.get('/api/articles/:slug', ({ params }) => {
      const article = findArticle(params.slug);
      return article ? HttpResponse.json({ article }) : notFound('article');
    }),
    http.post('/api/articles/:slug/favorite', ({ params }) => {
      const article = findArticle(params.slug);
      if (!article) return notFound('article');
      if (!article.favorited)
        Object.assign(article, { favorited: true, favoritesCount: article.favoritesCount + 1 });
      return HttpResponse.json({ article });
    }),
    http.get('/api/articles/:slug/comments', ({ params }) =>
      HttpResponse.json({ comments: data.comments[String(params.slug)] ?? [] }),
    ),
    http.post('/api/articles/:slug/comments', async ({ params, request }) => {
      const author = caller(request);
      if (!author) return unauthorized();
      const { comment } = (await request.json()) as { comment: { body: string } };
      const comments = (data.comments[String(params.slug)] ??= []);
      const created: Comment = {
        id: comments.length + 100,
        body: comment.body,
        createdAt: '2026-01-21T10:00:00.000Z',
        updatedAt: '2026-01-21T10:00:00.000Z',
        author: {
          username: author.username,
          bio: author.bio,
          image: author.image,
          following: false,
        },
      };
      comments.unshift(created);
      return HttpResponse.json({ comment: created }, { status: 201 });
    }),
    ...(['post', 'delete'] as const).map((method) =>
      http[method]('/api/profiles/:username/follow', ({ params, request }) => {
        if (!caller(request)) return unauthorized();
        const authored = data.articles.filter((a) => a.author.username === params.username);
        if (authored.length === 0) return notFound('profile');
        for (const article of authored) article.author.following = method === 'post';
        return HttpResponse.json({ profile: authored[0]?.author });
      }),
    ),
    http.get('/api/profiles/:username', ({ params }) => {
      const author = data.articles.find((a) => a.author.username === params.username)?.author;
      const user = data.users.find((u) => u.username === params.username);
      const profile = author ?? (user && { ...user, following: false });
      return profile ? HttpResponse.json({ profile }) : notFound('profile');
    }),
  ];
}
