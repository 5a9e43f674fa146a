import type autocannon from 'autocannon';

/** What one connection remembers between the requests of its sequence. */
interface Visit {
  token?: string;
  slug?: string;
}

export interface SoakTally {
  articlesCreated: number;
  commentsCreated: number;
}

/**
 * The sequence every connection repeats: browse, publish an article, read it, favorite it,
 * comment on it, unfavorite it. Each connection signs in as one of `tokens`, chosen in turn.
 * Successful creations are tallied, to check the database against them afterwards.
 */
export function soakRequests(tokens: string[], tally: SoakTally): autocannon.Request[] {
  let nextToken = 0;
  const signedIn = (
    method: autocannon.Request['method'],
    path: (visit: Visit) => string,
    body?: unknown,
  ) => ({
    method,
    setupRequest: (request: autocannon.Request, context: object) => {
      const visit = context as Visit;
      visit.token ??= tokens[nextToken++ % tokens.length];
      return {
        ...request,
        path: path(visit),
        headers: {
          authorization: `Token ${visit.token}`,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      };
    },
  });
  return [
    { method: 'GET', path: '/api/articles?limit=20' },
    signedIn('GET', () => '/api/articles/feed?limit=20'),
    {
      ...signedIn('POST', () => '/api/articles', {
        article: {
          title: 'Soak test',
          description: 'Written under load',
          body: 'Load **and** hold.',
          tagList: ['soak'],
        },
      }),
      onResponse: (status: number, body: string, context: object) => {
        if (status !== 201) return;
        tally.articlesCreated += 1;
        (context as Visit).slug = (JSON.parse(body) as { article: { slug: string } }).article.slug;
      },
    },
    signedIn('GET', (visit) => `/api/articles/${visit.slug}`),
    signedIn('POST', (visit) => `/api/articles/${visit.slug}/favorite`),
    {
      ...signedIn('POST', (visit) => `/api/articles/${visit.slug}/comments`, {
        comment: { body: 'Still standing.' },
      }),
      onResponse: (status: number) => {
        if (status === 201) tally.commentsCreated += 1;
      },
    },
    signedIn('GET', (visit) => `/api/articles/${visit.slug}/comments`),
    signedIn('DELETE', (visit) => `/api/articles/${visit.slug}/favorite`),
    { method: 'GET', path: '/api/tags' },
  ];
}
