import { DEMO_PASSWORD, demoFollows, demoUsers } from '../src/database/seed/demo-content.js';

/** The body of `PUT /api/_dev/demo` that turns the N+1 article list on or off. */
const nPlusOne = (on: boolean) => JSON.stringify({ demo: { nPlusOneArticleList: on } });

/** Reads a field of the JSON on stdin: the curl walk needs nothing installed but Node.js. */
const readJson = (path: string) => `node -pe "JSON.parse(require('fs').readFileSync(0)).${path}"`;

/**
 * What `pnpm demo` prints once everything answers: where to look, who to sign in as, and a curl
 * walk through the API, one command per step with what to point out.
 */
export function tour({
  apiUrl,
  webUrl,
  readySeconds,
}: {
  apiUrl: string;
  webUrl: string;
  readySeconds: number;
}): string {
  const [presenter] = demoUsers;
  if (!presenter) throw new Error('the demo data has no users');
  const followees = demoFollows
    .filter((follow) => follow.follower === presenter.username)
    .map((follow) => follow.followee);
  const others = demoUsers.slice(1).map((user) => user.email);
  const login = JSON.stringify({ user: { email: presenter.email, password: DEMO_PASSWORD } });
  const article = JSON.stringify({
    article: {
      title: 'Hello from the demo',
      description: 'Written with curl',
      body: 'It **works**.',
      tagList: ['demo'],
    },
  });
  const auth = '-H "Authorization: Token $TOKEN"';
  const json = "-H 'Content-Type: application/json'";
  // The status line, the two cost headers and the JSON body; step 2 shows every header once.
  const costOnly = "grep -iE '^(HTTP|x-query-count|server-timing|\\{)'";

  return `
Conduit is up (fresh demo data, ready in ${readySeconds.toFixed(1)} s). Ctrl-C stops everything.

  The app        ${webUrl}   (footer: "Dev panel" lists each request's SQL statements)
  The API        ${apiUrl}
  API docs       ${apiUrl}/docs   (OpenAPI 3.1, "Try it out")

Sign in as ${presenter.email} / ${DEMO_PASSWORD}: follows ${followees.join(', ')}, so the feed is full.
Every demo user has the same password: ${others.join(', ')}.

A curl walk (a POSIX shell: bash or zsh). Paste one command at a time.

0. Where the API is:
     API=${apiUrl}

1. Sign in: the API checks the password against its argon2id hash and answers with a token.
   Keep the token in a shell variable.
     TOKEN=$(curl -s $API/users/login ${json} -d '${login}' | ${readJson('user.token')}); echo $TOKEN

2. The token is a signed JWT: anyone can read its middle part, only the API can sign one.
     node -pe "Buffer.from(process.argv[1].split('.')[1], 'base64url').toString()" $TOKEN
   Use it. Point out the headers: security headers, X-Request-Id (also in the API's log line),
   X-Query-Count (SQL statements) and Server-Timing (database and total milliseconds).
     curl -si $API/user ${auth}

3. Create an article. Point out: 201, the slug made from the title (run it twice: the second one
   gets a suffix), X-Query-Count (the insert and its tags, in one transaction), Server-Timing.
     curl -si $API/articles ${auth} ${json} -d '${article}' | ${costOnly}

4. Favorite it. Point out: 200, not 201 (docs/api.md); run it twice, favoritesCount stays 1.
     curl -si -X POST $API/articles/hello-from-the-demo/favorite ${auth} | ${costOnly}

5. The feed: articles by the authors you follow, never your own. Point out: X-Query-Count is the
   same for 1 article and for 20, so there is no N+1 query.
     curl -s -o /dev/null -D - "$API/articles/feed?limit=1" ${auth} | ${costOnly}
     curl -s -o /dev/null -D - "$API/articles/feed?limit=20" ${auth} | ${costOnly}

6. A request that fails. Point out: one error shape, {"errors":{"<field>":["<message>"]}}, a 422
   for bad input and a 401 without the token.
     curl -si $API/articles ${auth} ${json} -d '{"article":{"title":""}}' | ${costOnly}
     curl -si $API/articles ${json} -d '${article}' | ${costOnly}

7. A deliberate N+1, with no change to the code: the demo switch makes the article lists read each
   article's tags with one query per article (development only, from this machine only). Point
   out: X-Query-Count grows with the page, and the app's Dev panel shows the same SELECT repeated.
   Then switch it off: the count is back to what it was.
     curl -s -X PUT $API/_dev/demo ${json} -d '${nPlusOne(true)}'
     curl -s -o /dev/null -D - "$API/articles?limit=1" | ${costOnly}
     curl -s -o /dev/null -D - "$API/articles?limit=20" | ${costOnly}
     curl -s -X PUT $API/_dev/demo ${json} -d '${nPlusOne(false)}'
`;
}
