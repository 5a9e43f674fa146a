/**
 * Demo content for `pnpm dev`: the users, articles, comments, favorites and follows that make a
 * fresh Conduit database look alive. Plain data only; the seeding code turns it into rows.
 * Times are relative to the seed date, so the content always looks recent.
 */

export interface DemoUser {
  username: string;
  email: string;
  bio: string | null;
  /**
   * One of the API's own images (`apps/api/public/avatars`), as a path: every answer turns it into
   * an absolute URL on `PUBLIC_URL` (see `common/http/image-url.ts`).
   */
  image: string | null;
}

export interface DemoComment {
  /** A DemoUser username. */
  author: string;
  body: string;
  /** Minutes between the article's publication and this comment. */
  minutesAfterArticle: number;
}

export interface DemoArticle {
  title: string;
  description: string;
  /** Markdown. */
  body: string;
  tagList: string[];
  /** A DemoUser username. */
  author: string;
  /** How long before the seed date it was published; may be fractional. */
  daysAgo: number;
  /** Usernames. */
  favoritedBy: string[];
  comments: DemoComment[];
}

export interface DemoFollow {
  follower: string;
  followee: string;
}

/** Every demo user signs in with this password (documented in the README; development data only). */
export const DEMO_PASSWORD = 'password123';

export const demoUsers: DemoUser[] = [
  {
    username: 'johndoe',
    email: 'johndoe@example.com',
    bio: 'Career changer learning backend development one endpoint at a time.',
    image: null,
  },
  {
    username: 'maya_okafor',
    email: 'maya_okafor@example.com',
    bio: 'Instructor on the backend track. Ask me about HTTP, API design and why your test only fails on Fridays.',
    image: '/api/avatars/maya_okafor.svg',
  },
  {
    username: 'pg_priya',
    email: 'pg_priya@example.com',
    bio: 'Database enthusiast who reads query plans for fun and has opinions about your indexes.',
    image: '/api/avatars/pg_priya.svg',
  },
  {
    username: 'devops-dan',
    email: 'devops-dan@example.com',
    bio: 'I ship containers, watch dashboards and always ask what happens at 3 a.m.',
    image: '/api/avatars/devops-dan.svg',
  },
  {
    username: 'sam_secure',
    email: 'sam_secure@example.com',
    bio: 'Security-minded student. I will ask how your tokens expire.',
    image: null,
  },
  {
    username: 'lena-frontend',
    email: 'lena-frontend@example.com',
    bio: 'React developer for three years, now learning what happens after fetch().',
    image: '/api/avatars/lena-frontend.svg',
  },
  {
    username: 'kofi_tests',
    email: 'kofi_tests@example.com',
    bio: 'Teaching assistant, testing fan and TypeScript pedant. Green builds or it did not happen.',
    image: '/api/avatars/kofi_tests.svg',
  },
];

/** Oldest first. */
export const demoArticles: DemoArticle[] = [
  {
    title: 'What Happens When a Request Hits Your NestJS API',
    description:
      'A walk through the request lifecycle, from the TCP connection to the JSON your client receives.',
    author: 'maya_okafor',
    daysAgo: 59.5,
    tagList: ['http', 'nestjs', 'architecture'],
    favoritedBy: ['johndoe', 'lena-frontend', 'kofi_tests', 'pg_priya'],
    comments: [
      {
        author: 'johndoe',
        minutesAfterArticle: 190,
        body: "Bookmarking this. Does middleware run even for routes that don't exist?",
      },
      {
        author: 'maya_okafor',
        minutesAfterArticle: 220,
        body: 'Good question! Middleware is matched by path, not by handler, so a global middleware runs even when no route matches. The 404 comes afterwards.',
      },
    ],
    body: `## From socket to controller

When a browser calls \`GET /api/articles?limit=10\`, a lot happens before any of *your* code runs. The client resolves the host name, opens a TCP connection (plus a TLS handshake for HTTPS) and sends a request: a method, a path, headers and an optional body. Node's HTTP server parses those bytes and hands Express a \`req\` and a \`res\` object.

## The NestJS pipeline

NestJS then passes the request through a fixed sequence of layers. Knowing the order saves hours of debugging:

1. **Middleware**: plain Express-style functions, such as CORS or request logging.
2. **Guards**: decide whether the request may continue at all. Is there a valid token?
3. **Interceptors** (before the handler): good for timing and wrapping responses.
4. **Pipes**: transform and validate parameters and bodies.
5. **The controller method**, which calls your services.
6. **Interceptors** (after the handler), and **exception filters** if anything threw along the way.

\`\`\`typescript
@Get()
async list(@Query() query: ListArticlesQuery): Promise<ArticlesResponse> {
  return this.articles.list(query);
}
\`\`\`

By the time \`list\` runs, the caller has been authenticated and the query validated. That is the point of the pipeline: the controller can stay small and boring.

## Back to the client

Whatever the handler returns is serialised to JSON. Nest sets the status code (200 by default, 201 for \`@Post()\`), adds headers such as \`Content-Type: application/json\` and writes the response to the socket. With keep-alive, the connection then stays open for the client's next request.

## Further reading

- [An overview of HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview) on MDN
- The [NestJS request lifecycle](https://docs.nestjs.com/faq/request-lifecycle) FAQ`,
  },
  {
    title: 'Designing REST Resources: Nouns, Verbs and Everything in Between',
    description: 'How to shape URLs, methods and response bodies so that your API is predictable.',
    author: 'maya_okafor',
    daysAgo: 57,
    tagList: ['rest', 'http', 'architecture'],
    favoritedBy: ['johndoe', 'lena-frontend', 'sam_secure'],
    comments: [
      {
        author: 'kofi_tests',
        minutesAfterArticle: 60,
        body: "Nice summary. When you design your own API, I'd add PATCH for partial updates and keep PUT for full replacements.",
      },
    ],
    body: `## Resources are nouns

A REST API exposes *resources*, and URLs name them. Use plural nouns and let the HTTP method carry the verb:

- \`GET /articles\` lists articles
- \`POST /articles\` creates one
- \`GET /articles/:slug\` reads one
- \`PUT /articles/:slug\` updates it
- \`DELETE /articles/:slug\` removes it

Avoid URLs like \`POST /createArticle\` or \`GET /deleteArticle?id=3\`. Verbs in the path hide the intent from caches, proxies and the next developer, and a \`GET\` that deletes things will eventually be triggered by a link prefetcher.

## Nesting, but not too deep

Sub-resources that only exist inside a parent can be nested: \`GET /articles/:slug/comments\`. Stop at one level. A URL like \`/users/1/articles/2/comments/3/likes\` suggests the inner resource deserves its own top-level address.

## Actions that are not CRUD

Some operations don't map neatly onto create, read, update and delete. Conduit models a favorite as a sub-resource: \`POST /articles/:slug/favorite\` adds it and \`DELETE\` on the same URL removes it. Following a user works the same way. Asking "what thing am I creating or deleting?" usually finds a noun.

## Safe and idempotent methods

\`GET\` and \`HEAD\` are *safe*: they must not change state. \`PUT\` and \`DELETE\` are *idempotent*: sending the same request twice has the same effect as sending it once. \`POST\` is neither, which is why blindly retrying a failed \`POST\` is risky. MDN's [HTTP request methods](https://developer.mozilla.org/en-US/docs/Web/HTTP/Methods) reference lists the properties of each method.

## Consistent bodies

Pick one response shape and stick to it. Conduit wraps everything: \`{ "article": { ... } }\` for a single item, \`{ "articles": [...], "articlesCount": 42 }\` for a list, and \`{ "errors": { ... } }\` when something goes wrong. Clients love boring consistency.`,
  },
  {
    title: 'What I Wish I Knew in Week One of the Backend Course',
    description: 'Five habits that would have saved me a lot of confused evenings.',
    author: 'johndoe',
    daysAgo: 55.2,
    tagList: ['career', 'testing'],
    favoritedBy: ['lena-frontend', 'kofi_tests'],
    comments: [
      {
        author: 'maya_okafor',
        minutesAfterArticle: 45,
        body: 'Point 5 is the one I wish every cohort read on day one. Thirty minutes is a good rule.',
      },
    ],
    body: `Six weeks into the course, here is the advice I would give to myself on the first day.

## 1. Read the whole error message

The first line of a stack trace is rarely the interesting one. Scroll down until you reach a file in \`src/\`. Nine times out of ten, the bug is right there.

## 2. Call the API before blaming the frontend

When the React app showed a blank page, I used to poke at components for an hour. Now I call the API directly first:

\`\`\`bash
curl -i 'http://localhost:3000/api/articles?limit=2'
\`\`\`

The \`-i\` flag prints the status line and headers as well as the body, which answers "is it the API or the UI?" in seconds.

## 3. Write a test before fixing a bug

A failing test proves that you understood the bug, and the same test passing proves that you fixed it. It also stays in the suite, so the bug can't quietly come back.

## 4. Commit small and often

Small commits with clear messages made it easy to find which change broke login (it was mine, obviously). Once your history is tidy, [\`git bisect\`](https://git-scm.com/docs/git-bisect) feels like magic.

## 5. Ask for help early

I lost a whole Saturday to a CORS error that a classmate explained in two minutes. My rule now:

- try on my own for 30 minutes,
- write down what I tried and what I expected,
- then ask.

Half the time, writing it down solves the problem before I even hit send.

## Bonus

Keep a "today I learned" file. Mine is now the most useful document I own.`,
  },
  {
    title: 'Database Normalisation Without the Jargon',
    description: 'Why we split data across several tables, explained with the Conduit schema.',
    author: 'pg_priya',
    daysAgo: 52.8,
    tagList: ['databases', 'postgresql', 'architecture'],
    favoritedBy: ['maya_okafor', 'devops-dan', 'johndoe', 'lena-frontend', 'kofi_tests'],
    comments: [
      {
        author: 'devops-dan',
        minutesAfterArticle: 80,
        body: 'How do you keep a denormalised favorites_count in sync? Trigger or application code?',
      },
      {
        author: 'pg_priya',
        minutesAfterArticle: 95,
        body: "Either works. I prefer updating it in the same transaction as the insert into favorites, so it's visible in the code. A trigger is safer if many code paths write favorites.",
      },
    ],
    body: `## The problem with one big table

Imagine storing articles like this:

\`\`\`sql
-- Tempting, but it causes trouble
CREATE TABLE articles (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title       text NOT NULL,
  author_name text NOT NULL,
  author_bio  text,
  tags        text -- 'sql,postgresql,indexing'
);
\`\`\`

Three things go wrong quickly:

- **Update anomalies**: when an author edits their bio, every one of their articles must be updated. Miss one and the data contradicts itself.
- **Awkward queries**: finding articles tagged \`sql\` means string matching on a comma-separated list, which an ordinary index can't help with and which happily matches \`nosql\` too.
- **Insert anomalies**: you can't store an author who hasn't written anything yet.

## Normal forms in plain words

- **First normal form**: each column holds a single value. No lists hidden in a string.
- **Second normal form**: every non-key column depends on the *whole* key. This matters for tables with composite keys.
- **Third normal form**: non-key columns depend on the key and nothing else. A bio depends on the author, not on the article.

## The normalised version

\`\`\`sql
CREATE TABLE users (
  id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE,
  bio      text
);
CREATE TABLE articles (
  id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id integer NOT NULL REFERENCES users (id),
  title     text NOT NULL
);
CREATE TABLE tags (
  id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE
);
CREATE TABLE article_tags (
  article_id integer REFERENCES articles (id) ON DELETE CASCADE,
  tag_id     integer REFERENCES tags (id),
  PRIMARY KEY (article_id, tag_id)
);
\`\`\`

Now each bio lives in exactly one row, and "articles tagged sql" is a join that indexes can serve.

## When to bend the rules

Normalisation is the default, not a religion. A cached \`favorites_count\` column or a read-heavy reporting table are deliberate denormalisations. The key word is *deliberate*: you know which copy is the source of truth and how the other one stays in sync. The [PostgreSQL tutorial](https://www.postgresql.org/docs/current/tutorial.html) is a friendly place to practise.`,
  },
  {
    title: 'Hashing Passwords with Argon2id (and Why Not SHA-256)',
    description:
      'Fast hashes are great for checksums and terrible for passwords, so here is what to use instead.',
    author: 'sam_secure',
    daysAgo: 50.1,
    tagList: ['security', 'auth'],
    favoritedBy: [
      'pg_priya',
      'maya_okafor',
      'johndoe',
      'kofi_tests',
      'devops-dan',
      'lena-frontend',
    ],
    comments: [
      {
        author: 'maya_okafor',
        minutesAfterArticle: 150,
        body: 'Great write-up. The point about using the same error for an unknown email and a wrong password is easy to miss.',
      },
    ],
    body: `## Never store the password

If your database leaks (and you should plan as if it will), the attacker must not learn anyone's password. So we store a *hash*, and at login we hash the submitted password the same way and compare.

## Why SHA-256 is the wrong tool

SHA-256 is designed to be fast. A single modern GPU computes billions of SHA-256 hashes per second, so an attacker holding your users table can try every common password against every account in very little time. A salt defeats precomputed rainbow tables, but it does nothing about raw speed.

Password hashing functions are deliberately **slow and memory-hard**:

- **Argon2id**: winner of the Password Hashing Competition and the first choice today
- **scrypt**: also memory-hard, a fine choice
- **bcrypt**: older but still acceptable; note that it ignores input beyond 72 bytes

## Argon2 in Node

The \`argon2\` package generates a random salt for you and encodes the algorithm, parameters and salt into the hash string itself:

\`\`\`typescript
import * as argon2 from 'argon2';

const hash = await argon2.hash(password, { type: argon2.argon2id });
// '$argon2id$v=19$m=65536,t=3,p=4$...'

const ok = await argon2.verify(hash, submittedPassword);
\`\`\`

Because the parameters travel with each hash, you can raise them later and call \`argon2.needsRehash(hash)\` after a successful login to upgrade old hashes transparently.

## Tuning

OWASP's [Password Storage Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html) recommends Argon2id with at least 19 MiB of memory, 2 iterations and 1 degree of parallelism, and lists equally strong settings that trade memory for passes, down to 7 MiB with 5 iterations. Measure on your own hardware and pick the most expensive settings your login latency and server memory can afford.

## Around the hash

- Use the library's \`verify\` rather than comparing strings yourself.
- Return the same error for "no such email" and "wrong password", so the login form can't be used to discover accounts.
- Hashing is expensive on purpose, which makes the login route a denial-of-service target: rate-limit it.`,
  },
  {
    title: 'A Practical Dockerfile for a Node API',
    description:
      'Building a small, reproducible container image for a Node backend, one layer at a time.',
    author: 'devops-dan',
    daysAgo: 47.6,
    tagList: ['devops', 'security'],
    favoritedBy: ['pg_priya', 'kofi_tests'],
    comments: [],
    body: `## Why containers

A container image bundles your app with the exact runtime and system libraries it needs. "Works on my machine" becomes "works in this image", and the very same image runs in CI, staging and production.

## A multi-stage Dockerfile

\`\`\`dockerfile
# Build stage: dev dependencies and the compiler live here
FROM node:22-slim AS build
WORKDIR /app
RUN corepack enable
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm prune --prod

# Runtime stage: only what production needs
FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
\`\`\`

## What each choice buys you

- **Copying the lockfile before the source** lets Docker cache the install layer, so editing a controller doesn't trigger a full reinstall.
- **Two stages** keep compilers and dev dependencies out of the final image: it's smaller and has less attack surface.
- **\`USER node\`** runs the process without root privileges. The official Node images ship this user.
- **Exec-form \`CMD\`** (the JSON array) makes Node receive \`SIGTERM\` directly instead of through a shell. Because PID 1 gets no default signal handling, either handle \`SIGTERM\` in the app (\`app.enableShutdownHooks()\` in NestJS) or start the container with \`--init\`.

## Don't forget .dockerignore

List \`node_modules\`, \`.git\` and \`.env\` in \`.dockerignore\`. Otherwise \`COPY . .\` sends them to the build, slows everything down and can bake secrets into an image layer, where they stay even if a later step deletes the file.

## Config comes from outside

The image should be identical in every environment. The database URL and secrets arrive as environment variables at run time, never at build time. The [Dockerfile reference](https://docs.docker.com/reference/dockerfile/) documents every instruction used here.`,
  },
  {
    title: 'Picking the Right HTTP Status Code (I Was Using 200 for Everything)',
    description: 'A short guide to the status codes a JSON API actually needs.',
    author: 'johndoe',
    daysAgo: 45.3,
    tagList: ['http', 'rest'],
    favoritedBy: ['maya_okafor', 'lena-frontend', 'sam_secure'],
    comments: [
      {
        author: 'maya_okafor',
        minutesAfterArticle: 20,
        body: 'Nice list! Small note: since RFC 9110, 422 is officially called "Unprocessable Content". Same meaning, new name.',
      },
      {
        author: 'kofi_tests',
        minutesAfterArticle: 90,
        body: 'Should a duplicate username be a 409 or a 422?',
      },
      {
        author: 'maya_okafor',
        minutesAfterArticle: 130,
        body: 'Both are defensible: 422 treats it as a validation error on the field, 409 as a conflict with existing data. Pick one and document it.',
      },
    ],
    body: `My first version of the articles endpoint returned \`200 OK\` with \`{ "error": "not found" }\` in the body. It worked, sort of, until someone pointed out that every HTTP client, cache and monitoring tool now believed the request had succeeded. Status codes are part of your API's contract.

## The five classes

- \`1xx\`: informational (you'll rarely send these yourself)
- \`2xx\`: success
- \`3xx\`: redirection
- \`4xx\`: the client did something wrong
- \`5xx\`: the server failed

## The ones I actually use

- **200 OK**: a successful read or update that returns a body.
- **201 Created**: a \`POST\` created something, like registering a user or publishing an article.
- **204 No Content**: success with nothing to return, common for \`DELETE\`.
- **400 Bad Request**: the request is malformed, such as broken JSON.
- **401 Unauthorized**: missing or invalid credentials. Despite the name, it means *unauthenticated*.
- **403 Forbidden**: we know who you are, and you still may not do this.
- **404 Not Found**: no such resource.
- **409 Conflict**: the request clashes with the current state, such as saving an edit based on a stale version.
- **422 Unprocessable Entity**: well-formed but invalid, like an empty title. The RealWorld spec uses it for all validation errors.
- **429 Too Many Requests**: slow down.
- **500 Internal Server Error**: our bug. Never send one on purpose.

## A rule of thumb

If the client can fix the problem by changing the request, it's a \`4xx\`. If only we can fix it, it's a \`5xx\`.

## In NestJS

Throwing a built-in exception sets the status for you, and \`@HttpCode()\` changes a handler's default:

\`\`\`typescript
@Delete(':slug')
@HttpCode(204)
async remove(@Param('slug') slug: string): Promise<void> {
  const deleted = await this.articles.delete(slug);
  if (!deleted) throw new NotFoundException();
}
\`\`\`

MDN's [HTTP response status codes](https://developer.mozilla.org/en-US/docs/Web/HTTP/Status) page lists every code with examples.`,
  },
  {
    title: 'Validate at the Edge: Parsing Request Bodies with Zod',
    description: 'Treat every request body as unknown until a schema has proved otherwise.',
    author: 'lena-frontend',
    daysAgo: 43,
    tagList: ['typescript', 'security', 'rest'],
    favoritedBy: ['kofi_tests', 'johndoe', 'sam_secure', 'maya_okafor'],
    comments: [
      {
        author: 'pg_priya',
        minutesAfterArticle: 200,
        body: 'Nice. Let the database enforce the important rules too (NOT NULL, CHECK, UNIQUE). Validation and constraints are two layers, not one.',
      },
    ],
    body: `## TypeScript types vanish at runtime

Coming from React, I assumed that annotating a parameter as \`NewArticle\` meant it *was* one. It doesn't. Types are erased when TypeScript compiles to JavaScript; at runtime, \`req.body\` is whatever the client sent, which might be \`{ "title": 42 }\` or a five-megabyte string.

## Parse, don't just validate

A schema library such as [Zod](https://zod.dev) checks the shape of the data *and* hands back a correctly typed value, so the check and the type can never drift apart:

\`\`\`typescript
import { z } from 'zod';

export const NewArticle = z.object({
  title: z.string().min(1).max(255),
  description: z.string().min(1).max(2000),
  body: z.string().min(1),
  tagList: z.array(z.string().max(64)).max(50).optional(),
});
export type NewArticle = z.infer<typeof NewArticle>;

const result = NewArticle.safeParse(req.body);
if (!result.success) {
  // turn result.error.issues into a 422 response
}
\`\`\`

Once \`safeParse\` succeeds, \`result.data\` is a \`NewArticle\`, and unknown keys have been stripped.

## What to check

- **Presence and types**: is \`title\` there, and is it a string?
- **Lengths and ranges**: limit everything. Unbounded input is a denial-of-service waiting to happen.
- **Formats**: emails, URLs, dates.
- **Rules that need the database**, such as "is this username taken?", belong in the service, not in the schema.

## Share the schema

In our capstone, the schemas live in a shared \`contracts\` package, so the React form and the NestJS API use the same rules and the same error messages. Validation in the browser is for a good user experience; validation on the server is the one that counts, because anyone can call your API with \`curl\`.

OWASP's [Input Validation Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html) explains allow-listing and more.`,
  },
  {
    title: 'Reading EXPLAIN ANALYZE: Why Is My Query Slow?',
    description: 'How to read a PostgreSQL query plan and decide whether an index will help.',
    author: 'pg_priya',
    daysAgo: 40.7,
    tagList: ['postgresql', 'indexing', 'performance'],
    favoritedBy: ['devops-dan', 'johndoe', 'maya_okafor', 'lena-frontend', 'kofi_tests'],
    comments: [
      {
        author: 'johndoe',
        minutesAfterArticle: 50,
        body: "Wait, foreign keys don't create indexes? That explains my slow comments page.",
      },
      {
        author: 'pg_priya',
        minutesAfterArticle: 65,
        body: 'Right, only the referenced side needs a unique index. Index the referencing column yourself if you join, filter or delete on it.',
      },
      {
        author: 'kofi_tests',
        minutesAfterArticle: 1440,
        body: 'Used this today to find a missing index in my capstone. From 40 ms to well under 1 ms!',
      },
    ],
    body: `## Ask the planner

PostgreSQL decides *how* to run every query. \`EXPLAIN\` shows the plan it chose; \`EXPLAIN ANALYZE\` actually runs the query and adds real timings.

\`\`\`sql
EXPLAIN ANALYZE
SELECT * FROM comments WHERE article_id = 42 ORDER BY created_at;
\`\`\`

\`\`\`text
Sort  (cost=2041.95..2042.00 rows=19 width=112) (actual time=18.901..18.905 rows=17 loops=1)
  Sort Key: created_at
  Sort Method: quicksort  Memory: 27kB
  ->  Seq Scan on comments  (cost=0.00..2041.55 rows=19 width=112) (actual time=0.210..18.850 rows=17 loops=1)
        Filter: (article_id = 42)
        Rows Removed by Filter: 79983
Planning Time: 0.095 ms
Execution Time: 18.940 ms
\`\`\`

## How to read it

- Start with the most indented node; data flows upwards.
- \`cost\` is the planner's estimate in arbitrary units, as startup cost..total cost.
- \`actual time\` is in milliseconds, per loop.
- Compare estimated \`rows\` with actual \`rows\`. A large mismatch usually means stale statistics: run \`ANALYZE\`.
- \`Rows Removed by Filter: 79983\` is the smoking gun. We read 80,000 rows to keep 17.

## Add an index

\`\`\`sql
CREATE INDEX comments_article_id_created_at_idx
  ON comments (article_id, created_at);
\`\`\`

Running the query again gives something like:

\`\`\`text
Index Scan using comments_article_id_created_at_idx on comments (actual time=0.031..0.052 rows=17 loops=1)
  Index Cond: (article_id = 42)
Execution Time: 0.081 ms
\`\`\`

The composite index finds the rows *and* returns them already sorted, so the \`Sort\` node disappears.

## Things to keep in mind

- Indexes aren't free: each one slows down writes and takes disk space. Index what your real queries filter, join and sort on.
- PostgreSQL does **not** index the referencing column of a foreign key automatically.
- \`EXPLAIN ANALYZE\` really executes the statement. Wrap an \`UPDATE\` or \`DELETE\` in \`BEGIN\` and \`ROLLBACK\`.

The manual's [Using EXPLAIN](https://www.postgresql.org/docs/current/using-explain.html) chapter goes much deeper.`,
  },
  {
    title: 'Testing Pyramid or Testing Trophy? Testing a NestJS API',
    description: 'Where to spend your testing effort when most bugs live between the layers.',
    author: 'kofi_tests',
    daysAgo: 38.4,
    tagList: ['testing', 'nestjs', 'architecture'],
    favoritedBy: ['maya_okafor', 'lena-frontend'],
    comments: [],
    body: `## Two shapes

The classic **testing pyramid** says: many fast unit tests at the bottom, fewer integration tests in the middle and a handful of end-to-end tests on top. The **testing trophy**, popularised by Kent C. Dodds, puts static analysis at the base and makes *integration* tests the biggest layer.

Neither is a law. Both answer the same question: which tests give the most confidence per minute spent writing and running them? Martin Fowler's [The Practical Test Pyramid](https://martinfowler.com/articles/practical-test-pyramid.html) is a good deep dive.

## What that means for an API

In a typical NestJS service, much of the code is wiring: validation, guards, a query, a mapping to JSON. Unit tests that mock every neighbour can all pass while the assembled endpoint is broken. So for Conduit I lean towards the trophy:

- **Static checks**: \`tsc --strict\` and ESLint catch a whole class of bugs for free.
- **Unit tests** for genuinely tricky pure logic: slug generation, pagination maths, permission rules.
- **Integration tests** for most endpoints: boot the Nest app against a real PostgreSQL database and send it HTTP requests.
- **A few end-to-end tests** in the browser for the critical journeys: sign up, publish, comment.

## An integration test

\`\`\`typescript
it('rejects an article without a title', async () => {
  const res = await request(app.getHttpServer())
    .post('/api/articles')
    .set('Authorization', \`Token \${token}\`)
    .send({ article: { title: '', description: 'd', body: 'b' } });

  expect(res.status).toBe(422);
  expect(res.body.errors.title).toContain("can't be blank");
});
\`\`\`

This one test exercises routing, the auth guard, validation and the error format together.

## Keep them fast and independent

- Use a real database, but reset it between tests (truncate the tables, or wrap each test in a transaction).
- Never let one test depend on data created by another; the order will change and the failure will be baffling.
- Mock only what you don't own: an email provider, a payment API, the clock.`,
  },
  {
    title: 'JWT Pitfalls Every Backend Student Should Know',
    description: 'JSON Web Tokens are simple to issue and surprisingly easy to get wrong.',
    author: 'sam_secure',
    daysAgo: 36,
    tagList: ['auth', 'security'],
    favoritedBy: ['johndoe', 'lena-frontend', 'pg_priya', 'maya_okafor'],
    comments: [
      {
        author: 'johndoe',
        minutesAfterArticle: 15,
        body: "That's a scary list. Checking the length of our secret right now.",
      },
      {
        author: 'lena-frontend',
        minutesAfterArticle: 180,
        body: 'Pitfall 5 is the debate we have at work every single month.',
      },
    ],
    body: `## What a JWT is

A JWT is three base64url-encoded parts joined by dots: a header, a payload of *claims* and a signature. The server signs the token at login; on later requests it verifies the signature and trusts the claims without a database lookup.

The payload is **encoded, not encrypted**. Anyone can paste a token into a decoder and read it, so never put secrets or sensitive personal data in there.

## Pitfall 1: accepting any algorithm

Some early libraries honoured whatever the token's \`alg\` header said, including \`none\`, which let attackers simply drop the signature. Always pin the algorithm when verifying:

\`\`\`typescript
const payload = await this.jwt.verifyAsync<{ sub: string }>(token, {
  algorithms: ['HS256'],
});
\`\`\`

## Pitfall 2: weak secrets

With HS256, anyone who knows the secret can mint a token for any user. A secret like \`changeme\` can be brute-forced offline from a single captured token. Use at least 256 bits of randomness, load it from the environment and never commit it.

## Pitfall 3: tokens that live forever

A stateless token can't easily be revoked: if it leaks, it works until it expires. Set an \`exp\` claim, keep access tokens short-lived and, if you need long sessions, add refresh tokens that *are* stored server-side and can be revoked.

## Pitfall 4: thinking logout revokes anything

Deleting the token in the browser doesn't invalidate it. Either accept that in your design or keep a deny-list of token IDs (the \`jti\` claim) until they expire.

## Pitfall 5: storing it carelessly

\`localStorage\` is readable by every script on the page, so a single XSS bug leaks the token. An \`HttpOnly\` cookie can't be read by JavaScript, but then you have to defend against CSRF. There is no free lunch; pick one and defend it properly.

## Read more

- [RFC 7519](https://datatracker.ietf.org/doc/html/rfc7519), the JWT specification
- OWASP's [JSON Web Token Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html): the examples are in Java, but the advice applies to any language`,
  },
  {
    title: 'Twelve-Factor Config: Keep Settings in the Environment',
    description:
      'Why the same build should run everywhere, and how to load configuration safely in a Node API.',
    author: 'devops-dan',
    daysAgo: 33.9,
    tagList: ['devops', 'architecture', 'typescript'],
    favoritedBy: ['kofi_tests', 'sam_secure'],
    comments: [],
    body: `## One build, many deploys

The [Twelve-Factor App](https://12factor.net/config) defines config as everything that varies between deploys: database URLs, credentials, the port, feature flags. The code stays the same; the config changes. A good test: could you make the repository public right now without leaking a single credential?

## Environment variables

Twelve-factor keeps config in environment variables. They are language-agnostic, every platform supports them and, unlike config files, they are hard to commit by accident.

## Parse once, at startup

Read \`process.env\` in one place, validate it and export a typed object. Everything else imports that object instead of touching \`process.env\` directly:

\`\`\`typescript
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().min(1),
  JWT_SECRET: z.string().min(32),
});

export const env = Env.parse(process.env);
\`\`\`

If a variable is missing or malformed, the process crashes immediately with a message naming it. A server that refuses to boot is far better than one that boots with \`JWT_SECRET\` undefined and fails in strange ways an hour later.

## Practical rules

- Commit a \`.env.example\` listing every variable with harmless dummy values, and keep \`.env\` in \`.gitignore\`.
- Don't branch on \`NODE_ENV\` for individual settings (\`if (production) useBigPool()\`). Make the setting itself a variable.
- Secrets belong in your platform's secret store and reach the process at run time. Never bake them into a container image.
- Give local development sensible defaults, so a new teammate can clone the repo and run \`pnpm dev\` without a scavenger hunt.
- Log which configuration was loaded at startup, but never the secret values themselves.`,
  },
  {
    title: 'Authentication vs Authorisation: 401 or 403?',
    description:
      'Two words that sound alike, do different jobs and deserve different status codes.',
    author: 'johndoe',
    daysAgo: 31.2,
    tagList: ['auth', 'security', 'http'],
    favoritedBy: ['sam_secure', 'maya_okafor', 'lena-frontend'],
    comments: [
      {
        author: 'sam_secure',
        minutesAfterArticle: 25,
        body: 'Good post! One addition: a 401 response should include a WWW-Authenticate header telling the client how to authenticate.',
      },
      {
        author: 'johndoe',
        minutesAfterArticle: 60,
        body: "Good catch, thanks! I'll add that to our guard.",
      },
    ],
    body: `## Who are you, and what may you do?

- **Authentication** answers *who are you?* In Conduit, the \`Authorization: Token <jwt>\` header proves that you are, say, \`johndoe\`.
- **Authorisation** answers *are you allowed to do this?* Being logged in doesn't mean you can delete someone else's article.

Confusingly, the HTTP header is called \`Authorization\` but carries authentication credentials. Naming is hard.

## The status codes

- **401 Unauthorized**: the credentials are missing, malformed or expired. The client should log in (again).
- **403 Forbidden**: the credentials are fine, but this user may not perform this action. Logging in again won't help.

## Where each check lives

In NestJS, authentication fits naturally in a **guard** that verifies the token and attaches the user to the request. Authorisation usually needs data, such as who wrote this article, so it belongs in the service:

\`\`\`typescript
async delete(slug: string, currentUserId: number): Promise<void> {
  const article = await this.articles.findOneBy({ slug });
  if (!article) throw new NotFoundException();
  if (article.authorId !== currentUserId) throw new ForbiddenException();
  await this.articles.delete(article.id);
}
\`\`\`

## 403 or 404?

Sometimes you shouldn't even admit that a resource exists, for example another user's private draft. Answering 404 instead of 403 avoids leaking that information. For public articles, 403 is clearer.

## Mistakes I made

- Checking permissions only in the frontend. Hiding the delete button is UX, not security.
- Trusting an \`authorId\` sent in the request body instead of the user from the token.
- Protecting *delete* but forgetting that *update* needs the very same check.

OWASP puts [Broken Access Control](https://owasp.org/Top10/A01_2021-Broken_Access_Control/) at the top of its Top 10 list of web application risks, so this really matters.`,
  },
  {
    title: 'Transactions and Isolation Levels in PostgreSQL',
    description:
      'What BEGIN and COMMIT really promise, and which anomalies each isolation level prevents.',
    author: 'pg_priya',
    daysAgo: 29,
    tagList: ['postgresql', 'databases'],
    favoritedBy: ['devops-dan', 'maya_okafor', 'kofi_tests'],
    comments: [
      {
        author: 'kofi_tests',
        minutesAfterArticle: 120,
        body: 'The lost update example finally made isolation levels click for me. Thank you!',
      },
    ],
    body: `## All or nothing

A transaction groups statements so that they succeed or fail together. Favoriting an article might insert a row and bump a counter, and you never want one without the other:

\`\`\`sql
BEGIN;
INSERT INTO favorites (user_id, article_id) VALUES (7, 42);
UPDATE articles SET favorites_count = favorites_count + 1 WHERE id = 42;
COMMIT;
\`\`\`

If anything fails before \`COMMIT\`, a \`ROLLBACK\` undoes all of it. That's the A in ACID: atomicity.

## What concurrent transactions see

PostgreSQL implements three isolation levels. It accepts \`READ UNCOMMITTED\` too, but treats it as \`READ COMMITTED\`.

- **Read Committed** (the default): each *statement* sees the data committed before that statement began. Two \`SELECT\`s in one transaction can return different results if someone commits in between.
- **Repeatable Read**: the whole transaction sees one snapshot, taken at its first query. Trying to update a row that another transaction changed since then fails with a serialization error.
- **Serializable**: the outcome is guaranteed to match *some* one-at-a-time order of the transactions. PostgreSQL detects dangerous patterns and aborts one of the transactions involved.

## The classic bug: lost updates

Suppose the application reads the counter, adds one in JavaScript and writes the result back. Under Read Committed:

1. Transaction A reads \`favorites_count = 10\`.
2. Transaction B reads \`favorites_count = 10\`.
3. A writes 11, then B writes 11. One favorite has vanished.

The simplest fix is to let the database do the arithmetic, as in the example above: an \`UPDATE\` waits for the row lock and then works on the latest committed version of the row.

## Retrying is part of the deal

With Repeatable Read and Serializable, serialization failures (SQLSTATE \`40001\`) are *expected*. Your code must catch them and retry the whole transaction. Keep transactions short, and never wait for an HTTP call while one is open.

The [Transaction Isolation](https://www.postgresql.org/docs/current/transaction-iso.html) chapter is one of the best pages in the PostgreSQL manual.`,
  },
  {
    title: 'Caching Without Lying to Your Users',
    description: 'HTTP caching, application caches and the invalidation problem, in that order.',
    author: 'maya_okafor',
    daysAgo: 27.5,
    tagList: ['performance', 'http', 'architecture'],
    favoritedBy: ['devops-dan', 'pg_priya', 'johndoe', 'sam_secure'],
    comments: [
      {
        author: 'devops-dan',
        minutesAfterArticle: 45,
        body: 'Great point about private for user-specific responses. We once cached a logged-in page at the CDN. Never again.',
      },
    ],
    body: `## The cheapest request is the one you never serve

A cache stores a result so that the next request can reuse it. It can live in the browser, in a CDN or inside your application (in memory or in Redis). Each layer is faster than the one behind it, and each can serve stale data.

## Start with HTTP caching

HTTP has caching built in, driven by response headers:

- \`Cache-Control: max-age=60\` lets caches reuse the response for 60 seconds.
- \`Cache-Control: private\` allows only the user's browser to store it. Use it for anything user-specific.
- \`Cache-Control: no-store\` forbids storing the response at all, for example when it contains tokens or personal data.
- \`ETag\` together with \`If-None-Match\` enables *revalidation*: the client asks "has this changed?" and gets a tiny \`304 Not Modified\` if it hasn't.

In Conduit, \`GET /api/tags\` is a good candidate for a short \`max-age\`. An article with \`favorited: true\`, on the other hand, depends on who is asking, so it must never land in a shared cache.

## Application caches

For expensive computations, the usual pattern is *cache-aside*: look in the cache, and on a miss compute the value and store it.

\`\`\`typescript
async popularTags(): Promise<string[]> {
  const cached = await this.cache.get<string[]>('tags:popular');
  if (cached) return cached;

  const tags = await this.tagsRepository.findPopular();
  await this.cache.set('tags:popular', tags, 60_000); // TTL in milliseconds
  return tags;
}
\`\`\`

## The hard part: invalidation

Every cached value needs an answer to "how does this become fresh again?"

- **TTL only**: the simplest; you accept data up to N seconds old.
- **Explicit invalidation**: delete the key whenever the data changes. Precise, but easy to forget in one code path.
- **Versioned keys**: include a version or \`updatedAt\` in the key, so stale entries are simply never read again.

## Measure first

Add a cache when measurements show a real bottleneck, not before. A cache hides a slow query instead of fixing it, and it adds a second source of truth to keep correct. MDN's [HTTP caching](https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching) guide is an excellent next read.`,
  },
  {
    title: 'Connection Pooling: Why PostgreSQL Has a Connection Limit',
    description:
      'Opening a database connection is expensive, and a pool lets every request reuse one.',
    author: 'devops-dan',
    daysAgo: 25.1,
    tagList: ['postgresql', 'performance', 'devops'],
    favoritedBy: ['pg_priya', 'johndoe'],
    comments: [
      {
        author: 'pg_priya',
        minutesAfterArticle: 35,
        body: 'The 4 × 25 = 100 example is so real. Also remember that superuser_reserved_connections keeps a few slots back for admins, so the app gets fewer than max_connections.',
      },
    ],
    body: `## Connections are expensive

Each PostgreSQL connection is served by its own server process with its own memory. Opening one costs a TCP handshake, usually TLS, authentication and process startup: easily several milliseconds. The server also caps the total with the \`max_connections\` setting, which defaults to 100.

Opening a fresh connection for every HTTP request would therefore be slow, and it would fall over under load.

## The pool

A pool opens a handful of connections and lends them out to whoever needs one:

\`\`\`typescript
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10, // connections this process may open
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 2_000,
});

const { rows } = await pool.query('SELECT now()');
\`\`\`

\`pool.query\` checks out a connection, runs the query and gives the connection back. TypeORM and most other ORMs manage a pool like this for you; look for an option such as \`poolSize\`.

## Sizing the pool

Bigger is not better. The database can only do so much work in parallel, roughly in proportion to its CPU cores and disks. Beyond that, extra connections just queue inside PostgreSQL and compete for memory.

Remember to multiply, too: four app replicas with a pool of 25 each is 100 connections, and you've hit the default limit before anyone tries to run a migration. Start small, around 10 per process, measure and adjust.

## Pitfalls

- **Leaked clients**: if you call \`pool.connect()\` yourself, call \`client.release()\` in a \`finally\` block, or the pool slowly runs dry and requests hang.
- **Long transactions** hold on to a connection the whole time.
- **Serverless functions** may each open their own pool. Put an external pooler such as PgBouncer in front of the database.

The PostgreSQL documentation on [connection settings](https://www.postgresql.org/docs/current/runtime-config-connection.html) explains \`max_connections\` and friends.`,
  },
  {
    title: "SQL or a Document Store? A Frontend Dev's Honest Comparison",
    description:
      'I wanted MongoDB because JSON felt familiar; here is what changed my mind, and when I would still choose it.',
    author: 'lena-frontend',
    daysAgo: 23.4,
    tagList: ['databases', 'postgresql', 'indexing'],
    favoritedBy: ['pg_priya', 'maya_okafor', 'kofi_tests'],
    comments: [
      {
        author: 'pg_priya',
        minutesAfterArticle: 20,
        body: 'Welcome to the relational side! jsonb with a GIN index covers a surprising number of "we need Mongo" cases.',
      },
    ],
    body: `## Why documents felt natural

As a React developer, I think in JSON. An article document with its comments and tags nested inside looked perfect to me: one read and the whole page is there.

## Where it got awkward

Then I listed the queries Conduit needs:

- articles by tag, by author and favorited by a given user
- a feed of articles from everyone I follow
- the author's profile, shown next to every article and comment

In a document model, the author's profile is either copied into every article (and goes stale when they change their avatar) or referenced by ID, which means doing joins in application code. Favorites and follows are many-to-many relationships, exactly what relational databases were built for.

## What a relational database gives you

- **Joins**, and a query planner that optimises them.
- **Constraints**: foreign keys, \`UNIQUE\`, \`NOT NULL\` and \`CHECK\` stop bad data at the door.
- **Transactions** across many rows and tables.
- **Questions you didn't plan for**, like "which tags are trending this week?", answered with a query instead of a new data model.

## When documents shine

- Data that is genuinely self-contained and read as a unit, such as event payloads.
- Records whose attributes truly vary, like a product catalogue.
- Access patterns that are known up front, with horizontal scaling as a priority.

## You can have both

PostgreSQL's \`jsonb\` type stores documents inside a relational database, and a GIN index makes containment queries fast:

\`\`\`sql
ALTER TABLE users ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}';
CREATE INDEX users_preferences_idx ON users USING gin (preferences);

SELECT username FROM users WHERE preferences @> '{"theme": "dark"}';
\`\`\`

My takeaway: start relational, and reach for \`jsonb\` for the parts that really are documents. The [JSON types](https://www.postgresql.org/docs/current/datatype-json.html) page in the manual shows all the operators.`,
  },
  {
    title: "I Had an N+1 Query and Didn't Know It",
    description: 'How a harmless-looking loop turned one page load into 21 database queries.',
    author: 'johndoe',
    daysAgo: 21,
    tagList: ['databases', 'performance', 'nestjs', 'indexing'],
    favoritedBy: ['lena-frontend', 'pg_priya', 'kofi_tests', 'maya_okafor', 'sam_secure'],
    comments: [
      {
        author: 'pg_priya',
        minutesAfterArticle: 40,
        body: 'Nice detective work! In production, pg_stat_statements is great for spotting this: look for a cheap query with a huge call count.',
      },
      {
        author: 'maya_okafor',
        minutesAfterArticle: 130,
        body: 'Counting queries in tests is a great habit. Fancy giving a five-minute lightning talk about this in class?',
      },
    ],
    body: `## The symptom

The home page felt slow, yet every query in the log took about a millisecond. Then I counted them: loading 20 articles ran 21 queries.

## The code

\`\`\`typescript
const articles = await this.articleRepo.find({ take: 20, order: { createdAt: 'DESC' } });

for (const article of articles) {
  article.author = await this.userRepo.findOneByOrFail({ id: article.authorId });
}
\`\`\`

One query fetches the list, then **N** more fetch the authors, one per article. That's the N+1 problem. Every round trip to the database costs latency, so 21 fast queries add up to a slow page, and it gets worse as the page size grows.

## Fix 1: let the database join

\`\`\`typescript
const articles = await this.articleRepo.find({
  take: 20,
  order: { createdAt: 'DESC' },
  relations: { author: true },
});
\`\`\`

TypeORM now loads the authors with a join, so the number of queries no longer depends on the number of articles.

## Fix 2: batch loading

Sometimes a join is awkward, for example when counting favorites per article. Then collect the IDs and fetch everything in one go:

\`\`\`sql
SELECT article_id, count(*) AS favorites
FROM favorites
WHERE article_id = ANY($1)
GROUP BY article_id;
\`\`\`

Two queries instead of N+1, whatever the page size. Make sure \`favorites (article_id)\` is indexed (a primary key that starts with \`article_id\` counts), or this one query has to scan the whole table.

## How to catch it

- Turn on query logging in development (TypeORM's \`logging\` option, or PostgreSQL's [\`log_statement\`](https://www.postgresql.org/docs/current/runtime-config-logging.html) setting) and watch it while you click around.
- Be suspicious of any \`await\` inside a loop over query results. That's the pattern.
- In integration tests, assert on the number of queries a list endpoint runs.

Lesson learned: fast queries can still add up to a slow endpoint.`,
  },
  {
    title: "Schema Migrations That Don't Take Production Down",
    description:
      'Versioned, reviewed changes to your schema, and the patterns for altering live tables safely.',
    author: 'pg_priya',
    daysAgo: 18.6,
    tagList: ['databases', 'postgresql', 'devops'],
    favoritedBy: ['devops-dan', 'kofi_tests', 'johndoe'],
    comments: [
      {
        author: 'devops-dan',
        minutesAfterArticle: 55,
        body: 'lock_timeout has saved me more than once. We set it to a few seconds for every migration.',
      },
    ],
    body: `## Why migrations

Your schema changes as the app grows. A migration is a versioned script that moves the database from one version to the next. Migrations are committed alongside the code that needs them, run in the same order everywhere, and are recorded in a table so that each one runs exactly once.

Don't let an ORM "synchronize" the schema in production. It has to guess your intent, and a renamed column looks exactly like dropping one column and adding another, data and all.

## A simple migration

\`\`\`sql
-- 0007_add_article_updated_at.sql
ALTER TABLE articles
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
\`\`\`

Since PostgreSQL 11, adding a column with a non-volatile default like this is fast: the value is computed once and stored in the catalog instead of being written into every row. (Existing rows all get the time the migration ran.)

## Expand, migrate, contract

Renaming a column in one step breaks whichever version of the app is still running during the deploy. Do it in phases instead:

1. **Expand**: add the new column and deploy code that writes to both columns.
2. **Migrate**: backfill the old rows, in batches.
3. **Switch**: deploy code that reads only the new column.
4. **Contract**: once nothing uses the old column, drop it.

## Watch the locks

Many \`ALTER TABLE\` forms take an \`ACCESS EXCLUSIVE\` lock, which blocks even plain reads. A few habits help:

- Set \`lock_timeout\`, so a migration stuck behind a long-running query gives up instead of making every other query queue behind it.
- Build indexes on large tables with \`CREATE INDEX CONCURRENTLY\`. It takes longer and can't run inside a transaction block, but it doesn't block writes.
- Add foreign keys and check constraints as \`NOT VALID\` first, then run \`VALIDATE CONSTRAINT\` separately, which needs only a weaker lock.

## Down migrations

Write them and test them locally, but don't count on them to undo data loss. Once a column is dropped, the only real "down" is a backup. The [ALTER TABLE](https://www.postgresql.org/docs/current/sql-altertable.html) reference lists the lock each form takes.`,
  },
  {
    title: 'TypeScript Habits That Pay Off on the Backend',
    description:
      'Strict settings, honest types and a few patterns that turn runtime bugs into compile errors.',
    author: 'kofi_tests',
    daysAgo: 16.3,
    tagList: ['typescript', 'architecture'],
    favoritedBy: ['lena-frontend', 'johndoe', 'maya_okafor'],
    comments: [
      {
        author: 'lena-frontend',
        minutesAfterArticle: 30,
        body: 'noUncheckedIndexedAccess found three real bugs in my code on the first day.',
      },
    ],
    body: `## Turn on strict

\`"strict": true\` enables \`strictNullChecks\`, \`noImplicitAny\` and several related checks. Retrofitting it into a large codebase is painful, so start with it. I also recommend \`noUncheckedIndexedAccess\`, which types \`items[i]\` as possibly \`undefined\`, which it is. The [TSConfig reference](https://www.typescriptlang.org/tsconfig/#strict) explains every flag.

## Make "not found" part of the type

A lookup can miss. Say so in the return type and the compiler makes every caller deal with it:

\`\`\`typescript
async findBySlug(slug: string): Promise<Article | null> {
  return this.repo.findOneBy({ slug });
}

const article = await this.articles.findBySlug(slug);
if (!article) throw new NotFoundException(\`No article called \${slug}\`);
// from here on, TypeScript knows article is an Article
\`\`\`

## Unions instead of flags

\`\`\`typescript
type ArticleFilter =
  | { kind: 'all' }
  | { kind: 'tag'; tag: string }
  | { kind: 'feed'; followerId: number };
\`\`\`

A discriminated union can't represent nonsense such as "a tag filter without a tag", and a \`switch\` on \`kind\` can be checked for exhaustiveness, so adding a new kind shows you every place that needs updating.

## Be wary of \`any\` and \`as\`

\`JSON.parse\`, \`req.body\` and many untyped libraries hand you \`any\`, which silently switches checking off. Treat external data as \`unknown\` and parse it with a schema. A type assertion such as \`as User\` is a promise you make to the compiler, not a check it makes for you.

## Keep your shapes separate

The database entity, the domain object and the API response are different types, even when they look alike. Mapping between them explicitly means that adding a \`passwordHash\` column to the entity can never leak it into a JSON response:

- entities describe tables,
- contracts describe the API,
- small mapper functions translate between them.`,
  },
  {
    title: 'Offset vs Keyset Pagination',
    description:
      "LIMIT and OFFSET are easy and usually fine; here is when they aren't, and what to use instead.",
    author: 'maya_okafor',
    daysAgo: 13.9,
    tagList: ['postgresql', 'rest', 'performance', 'indexing'],
    favoritedBy: ['pg_priya', 'devops-dan', 'johndoe', 'kofi_tests', 'lena-frontend'],
    comments: [
      {
        author: 'kofi_tests',
        minutesAfterArticle: 90,
        body: 'How do you implement a "previous page" link with keyset pagination?',
      },
      {
        author: 'maya_okafor',
        minutesAfterArticle: 110,
        body: 'Flip the comparison and the sort order, fetch the page, then reverse the rows before returning them.',
      },
    ],
    body: `## Offset pagination

Conduit's list endpoints take \`limit\` and \`offset\`, which map directly onto SQL:

\`\`\`sql
SELECT * FROM articles
ORDER BY created_at DESC, id DESC
LIMIT 20 OFFSET 40;
\`\`\`

It's simple to implement and lets a UI jump straight to page 7. But it has two costs:

- **Performance**: the database still produces and discards the first 40 rows. At \`OFFSET 100000\`, that's a lot of work to return 20 rows.
- **Drift**: if someone publishes an article while you're reading page 2, everything shifts by one, and page 3 starts with an article you've already seen.

## Keyset (cursor) pagination

Instead of "skip N rows", say "continue after the last row I saw":

\`\`\`sql
SELECT * FROM articles
WHERE (created_at, id) < ($1, $2)
ORDER BY created_at DESC, id DESC
LIMIT 20;
\`\`\`

With an index on \`(created_at, id)\`, PostgreSQL jumps straight to the right place, so page 5,000 is as fast as page 1, and new rows don't cause duplicates. The API usually returns an opaque \`cursor\` (the last row's sort key, encoded) and the client sends it back to get the next page.

## Always add a tiebreaker

Whichever style you choose, the \`ORDER BY\` must be deterministic. Two articles with the same \`created_at\` may otherwise swap places between requests and appear on two pages, or on none. Ending the sort with a unique column such as \`id\` fixes it.

## Which one should you use?

- **Offset**: small tables, admin screens, UIs with numbered pages.
- **Keyset**: infinite scroll, feeds, large tables and APIs that clients crawl.

Either way, cap the page size. Conduit refuses a \`limit\` above 100. The PostgreSQL docs on [LIMIT and OFFSET](https://www.postgresql.org/docs/current/queries-limit.html) also explain why a stable order matters.`,
  },
  {
    title: 'Rate Limiting with a Token Bucket',
    description: 'Protecting login and write endpoints from brute force and runaway clients.',
    author: 'sam_secure',
    daysAgo: 11.2,
    tagList: ['security', 'auth', 'http', 'performance'],
    favoritedBy: ['maya_okafor', 'devops-dan', 'johndoe'],
    comments: [
      {
        author: 'devops-dan',
        minutesAfterArticle: 60,
        body: "If you're behind a reverse proxy, make sure you key on the real client IP (and configure trust proxy correctly), or every user ends up sharing one bucket.",
      },
      { author: 'sam_secure', minutesAfterArticle: 75, body: 'Yes! Great addition, thanks.' },
    ],
    body: `## Why limit at all

Without limits, one client can try thousands of passwords a minute, scrape every profile or flood your API with a buggy retry loop. Rate limiting caps how many requests a client may make in a period of time. OWASP lists [unrestricted resource consumption](https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/) among the top ten API security risks.

## The token bucket

Each client gets a bucket holding up to \`capacity\` tokens. Tokens refill at a steady rate, and each request takes one. When the bucket is empty, the answer is \`429 Too Many Requests\`. The bucket allows short bursts while enforcing an average rate.

\`\`\`typescript
export class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {
    this.tokens = capacity;
  }

  take(): boolean {
    const now = performance.now();
    const elapsedSeconds = (now - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.refillPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
\`\`\`

\`performance.now()\` is a monotonic clock, so the bucket doesn't misbehave when the system clock is adjusted.

## Practical details

- **Key by the right thing**: per IP for anonymous routes, per user for authenticated ones, and for login both per account *and* per IP.
- **Tell the client**: send a \`Retry-After\` header with the 429 so well-behaved clients back off.
- **Share the state**: an in-memory bucket only works for a single process. With several replicas, keep the counters in a shared store such as Redis.
- **Be strictest where it hurts**: login, sign-up and password reset deserve far tighter limits than \`GET /api/tags\`.

In NestJS, the \`@nestjs/throttler\` package provides a guard with per-route limits, so you rarely need to write this yourself. It is still worth knowing what it does for you.`,
  },
  {
    title: 'Structured Logging and the Three Pillars of Observability',
    description:
      'Logs, metrics and traces, what each one is for, and how to write logs you can actually query.',
    author: 'devops-dan',
    daysAgo: 9.5,
    tagList: ['devops', 'nestjs', 'architecture'],
    favoritedBy: ['kofi_tests', 'pg_priya', 'sam_secure', 'maya_okafor'],
    comments: [
      {
        author: 'sam_secure',
        minutesAfterArticle: 20,
        body: 'Thanks for the redact tip. I found a bearer token in our logs just last week.',
      },
    ],
    body: `## Monitoring vs observability

Monitoring tells you *that* something is wrong. Observability means you can find out *why* without shipping new code. It usually rests on three pillars:

- **Logs**: discrete events with detail, such as "user 7 failed to log in".
- **Metrics**: cheap numbers over time, such as requests per second, p95 latency or pool usage.
- **Traces**: the path of a single request through your services, with a timing for each step.

## Log JSON, not prose

\`console.log('Saved article ' + slug)\` is fine on your laptop and useless at 3 a.m. across four servers. Structured logs are machine-readable:

\`\`\`json
{"level":30,"time":1718000000000,"reqId":"a1b2","msg":"article created","slug":"caching-101","userId":7,"durationMs":42}
\`\`\`

Now you can filter by \`userId\` or chart \`durationMs\`. Our API uses Pino: one line per request with a request ID, and services can add their own events:

\`\`\`typescript
this.logger.info({ slug: article.slug, userId }, 'article created');
\`\`\`

## Levels mean something

- \`error\`: someone should look at this.
- \`warn\`: unexpected, but handled.
- \`info\`: normal, important events.
- \`debug\`: detail you switch on while investigating.

## What never to log

Passwords, tokens, full \`Authorization\` headers, and more personal data than you need. Pino's \`redact\` option removes paths such as \`req.headers.authorization\` before anything is written. OWASP's [Logging Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html) has a thorough list of what to record and what to leave out.

## Correlate everything

Include the request ID in every log line and return it in a response header. When a user reports an error, that one ID leads you to everything the request did, across every service it touched.`,
  },
  {
    title: 'NestJS Modules and Dependency Injection, Explained to Myself',
    description:
      'Providers, modules and the injector, written down so I stop forgetting how they fit together.',
    author: 'johndoe',
    daysAgo: 7.1,
    tagList: ['nestjs', 'typescript', 'architecture', 'testing'],
    favoritedBy: ['maya_okafor', 'kofi_tests', 'lena-frontend'],
    comments: [
      {
        author: 'maya_okafor',
        minutesAfterArticle: 40,
        body: 'Lovely explanation. The section on "can\'t resolve dependencies" will save the next cohort hours.',
      },
      {
        author: 'kofi_tests',
        minutesAfterArticle: 95,
        body: 'Nice! forwardRef() exists for circular imports between modules, but needing it is usually a sign the boundary is in the wrong place.',
      },
    ],
    body: `## The problem DI solves

Without dependency injection, each class builds its own dependencies:

\`\`\`typescript
const service = new ArticlesService(new ArticlesRepository(new Pool()));
\`\`\`

Every class has to know how to construct everything below it, and tests can't swap in a fake. Dependency injection flips this around: a class *declares* what it needs, and a container supplies it.

## Providers

A provider is anything Nest can inject, usually a class marked \`@Injectable()\`:

\`\`\`typescript
@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly profiles: ProfilesService,
  ) {}
}
\`\`\`

Nest reads the constructor's parameter types (thanks to \`emitDecoratorMetadata\`) and resolves each one from its container. By default, providers are singletons: one instance shared by the whole application.

## Modules draw the boundaries

\`\`\`typescript
@Module({
  imports: [ProfilesModule],
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticlesRepository],
  exports: [ArticlesService],
})
export class ArticlesModule {}
\`\`\`

- \`providers\` are created in this module and are private to it by default.
- \`exports\` makes some of them available to modules that import this one.
- \`imports\` brings in other modules' exports. Here, \`ProfilesModule\` must export \`ProfilesService\`.

## The error everyone meets

"Nest can't resolve dependencies of the ArticlesService (?, ProfilesService)" means the provider in the \`?\` position isn't available in this module. Either list it in \`providers\` or import the module that exports it.

## Why it's worth it

In tests, \`Test.createTestingModule()\` builds the same module graph, and \`overrideProvider()\` swaps one piece, say the repository, for a fake while everything else is wired as usual. The official [modules guide](https://docs.nestjs.com/modules) explains the rest.`,
  },
  {
    title: 'Optimistic vs Pessimistic Locking',
    description:
      'Two ways to stop concurrent edits from overwriting each other, and how to choose between them.',
    author: 'pg_priya',
    daysAgo: 5.4,
    tagList: ['databases', 'postgresql'],
    favoritedBy: ['johndoe', 'devops-dan', 'maya_okafor'],
    comments: [
      {
        author: 'lena-frontend',
        minutesAfterArticle: 150,
        body: 'Does Conduit need optimistic locking for article edits?',
      },
      {
        author: 'pg_priya',
        minutesAfterArticle: 170,
        body: 'Only the author can edit an article, so conflicts are rare: two open tabs at most. A version check would still make a nice stretch goal.',
      },
    ],
    body: `## The lost update

Alice and Bob open the same wiki page in an editor. Alice fixes the title and saves. A minute later, Bob fixes a typo in the body and saves, sending the old title along with it. Alice's change silently disappears: no error, no warning.

## Pessimistic locking: lock first

Lock the row when you read it, so nobody else can change it until you commit:

\`\`\`sql
BEGIN;
SELECT * FROM articles WHERE id = 42 FOR UPDATE;
-- other transactions that try to update or lock row 42 now wait
UPDATE articles SET body = '...' WHERE id = 42;
COMMIT;
\`\`\`

This suits short, high-contention operations inside a single request, such as decrementing stock or moving money between accounts. It's useless for the editor case, because you can't hold a database transaction open while a human types for ten minutes.

Watch out for **deadlocks**: if two transactions lock the same rows in opposite orders, PostgreSQL detects the cycle and aborts one of them. Lock rows in a consistent order.

## Optimistic locking: check when writing

Add a \`version\` column, send it to the client along with the data, and make the update conditional on it:

\`\`\`sql
UPDATE articles
SET body = $1, version = version + 1
WHERE id = $2 AND version = $3;
\`\`\`

If the update affects zero rows, someone else saved first. Respond with \`409 Conflict\` (or \`412 Precondition Failed\` if the client sent an \`If-Match\` header) and let the user reload and merge.

\`\`\`typescript
const result = await repo.update({ id, version }, { body, version: version + 1 });
if (result.affected === 0) {
  throw new ConflictException('The article was changed by someone else');
}
\`\`\`

## How to choose

- Conflicts are rare, or there's a long "think time" between reading and writing: **optimistic**.
- Conflicts are frequent and the critical section is short and inside one transaction: **pessimistic**.

The manual's [Explicit Locking](https://www.postgresql.org/docs/current/explicit-locking.html) chapter covers row locks and deadlocks in detail.`,
  },
  {
    title: 'From Frontend to Backend: Six Weeks In',
    description:
      'What surprised me, what I struggled with and what finally clicked after six weeks on the other side of fetch().',
    author: 'lena-frontend',
    daysAgo: 4.2,
    tagList: ['career', 'http', 'databases'],
    favoritedBy: ['maya_okafor', 'johndoe', 'kofi_tests', 'sam_secure'],
    comments: [
      {
        author: 'maya_okafor',
        minutesAfterArticle: 60,
        body: 'So glad you wrote this. "The database is the real application" is a great line.',
      },
      {
        author: 'johndoe',
        minutesAfterArticle: 95,
        body: "The feed query walkthrough helped me too. I'd been staring at that join for days.",
      },
    ],
    body: `## Why I switched

I've built React apps for three years, always at the mercy of an API someone else designed. I wanted to understand what happens on the other side of \`fetch()\`.

## What surprised me

- **Nothing is "just a form"**: a sign-up form means validation, password hashing, a unique constraint, an error format and the right status code.
- **The database is the real application**: a UI gets rewritten every few years, but the data lives on. I now spend more time on schemas than on endpoints.
- **Concurrency**: in the browser, one user clicks one button. On the server, two requests can update the same row in the same millisecond.
- **Logs are my devtools**: there are no React DevTools here, but good logs and \`curl -i\` fill the gap.

## What was hard

SQL joins took a while. What helped was drawing the tables on paper and writing queries by hand in \`psql\` before touching the ORM. This is the whole personal feed:

\`\`\`sql
SELECT a.title, u.username, a.created_at
FROM follows f
JOIN articles a ON a.author_id = f.followee_id
JOIN users u ON u.id = a.author_id
WHERE f.follower_id = 1
ORDER BY a.created_at DESC
LIMIT 20;
\`\`\`

Once I could read that out loud ("the articles written by people user 1 follows, newest first"), the ORM code made sense too.

## What transferred

More than I expected. Thinking in components maps nicely onto NestJS modules, TypeScript is still TypeScript, and having *been* the API consumer for years makes me design friendlier error messages.

## Advice for other frontend developers

1. Learn HTTP properly. MDN's [HTTP documentation](https://developer.mozilla.org/en-US/docs/Web/HTTP) is where I started.
2. Write SQL by hand before you use an ORM.
3. Build something end to end, however small.
4. Pair with someone who has been doing backend work for years. Ask them why, not just how.`,
  },
  {
    title: 'Idempotency Keys: Making POST Safe to Retry',
    description:
      'Networks fail halfway through requests, and idempotency keys let clients retry without creating duplicates.',
    author: 'maya_okafor',
    daysAgo: 2.8,
    tagList: ['http', 'rest', 'architecture'],
    favoritedBy: ['sam_secure', 'pg_priya'],
    comments: [
      { author: 'sam_secure', minutesAfterArticle: 45, body: 'Does the key have to be a UUID?' },
      {
        author: 'maya_okafor',
        minutesAfterArticle: 70,
        body: 'Any unique, hard-to-guess string works. A random UUID is just the easy default.',
      },
    ],
    body: `## The problem

A client sends \`POST /api/articles\`. The server creates the article, but the response is lost on a flaky mobile connection. The client sees a timeout and retries, and now there are two identical articles.

\`GET\`, \`PUT\` and \`DELETE\` are [idempotent](https://developer.mozilla.org/en-US/docs/Glossary/Idempotent) by definition, so retrying them is safe. \`POST\` is not.

## The idempotency key

The client generates a unique key for each logical operation and sends the same key with every attempt:

\`\`\`http
POST /api/articles HTTP/1.1
Idempotency-Key: 5f0c9a3e-8d2b-4e59-9a51-0b7e8f1c2d34
Content-Type: application/json
\`\`\`

The server remembers each key together with the response it produced. When the same key arrives again, it returns the stored response instead of performing the operation a second time.

## A sketch in SQL

\`\`\`sql
CREATE TABLE idempotency_keys (
  user_id         integer NOT NULL REFERENCES users (id),
  key             text NOT NULL,
  request_hash    text NOT NULL,
  response_status integer,
  response_body   jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
\`\`\`

1. \`INSERT\` the key first. The primary key makes a concurrent duplicate fail, so only one attempt proceeds.
2. Do the work and store the response, ideally in the same transaction as the work itself.
3. When a key repeats, return the stored response. If the request body differs from the original (compare \`request_hash\`), reply \`422\`, because the key is being reused for something else. If the first attempt is still running, reply \`409 Conflict\`.

## Details that matter

- Scope keys per user, so one client can never replay another's response.
- Expire keys after a day or so.
- Don't store server errors (\`5xx\`) as the final answer; let the retry try again.

The \`Idempotency-Key\` header is being standardised by the IETF, and payment APIs have relied on this pattern for years, because charging a card twice is the kind of bug users remember.`,
  },
  {
    title: 'Liveness vs Readiness: Health Checks That Actually Help',
    description:
      'Two endpoints, two questions, and why mixing them up can turn a database blip into an outage.',
    author: 'devops-dan',
    daysAgo: 1.6,
    tagList: ['devops', 'http'],
    favoritedBy: ['kofi_tests'],
    comments: [
      {
        author: 'pg_priya',
        minutesAfterArticle: 30,
        body: "Restarting every replica because the database blinked: I've seen it happen. Great warning.",
      },
      {
        author: 'johndoe',
        minutesAfterArticle: 120,
        body: 'Our /api/health returns 503 with "db": "down" when PostgreSQL is unreachable. So that\'s a readiness check?',
      },
      {
        author: 'devops-dan',
        minutesAfterArticle: 140,
        body: "Exactly. For liveness you'd want something even simpler that never touches the database.",
      },
    ],
    body: `## Two different questions

Orchestrators such as Kubernetes, and most load balancers, probe your service over HTTP. They ask two distinct questions:

- **Liveness**: is this process stuck beyond recovery? If the probe fails, the container is *restarted*.
- **Readiness**: should this instance receive traffic right now? If the probe fails, the instance is *taken out of rotation* but left running.

## Keep liveness dumb

A liveness check should only prove that the process can still answer an HTTP request:

\`\`\`typescript
@Get('health/live')
live() {
  return { status: 'ok' };
}
\`\`\`

Do **not** check the database here. If PostgreSQL has a hiccup, every replica fails its liveness probe at the same moment, they all get restarted, and a short blip becomes a full outage with cold starts on top.

## Readiness checks dependencies

\`\`\`typescript
@Get('health/ready')
async ready() {
  try {
    await this.dataSource.query('SELECT 1');
  } catch {
    throw new ServiceUnavailableException({ status: 'unavailable', db: 'down' });
  }
  return { status: 'ok', db: 'ok' };
}
\`\`\`

A \`503 Service Unavailable\` tells the load balancer to send traffic elsewhere until the database is back. Give the query a short timeout, so a hanging database makes the check fail quickly instead of piling up probes.

## Shutting down gracefully

Readiness matters during deploys too. On \`SIGTERM\`, stop accepting new work, let in-flight requests finish, close the connection pool and exit. In NestJS, \`app.enableShutdownHooks()\` lets providers clean up in \`onApplicationShutdown()\`.

## Tips

- Make health endpoints cheap and unauthenticated, but don't expose internals such as versions or hostnames publicly.
- Leave them out of your request logs, or they will drown everything else.
- Slow-starting apps can use a separate startup probe, so liveness doesn't kill them mid-boot.

The Kubernetes guide to [liveness, readiness and startup probes](https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/) covers the configuration side.`,
  },
  {
    title: 'A Code Review Checklist for Backend Pull Requests',
    description: 'What I look for when reviewing a capstone pull request, beyond "does it work?".',
    author: 'kofi_tests',
    daysAgo: 0.4,
    tagList: ['career', 'testing', 'security'],
    favoritedBy: [],
    comments: [
      {
        author: 'lena-frontend',
        minutesAfterArticle: 15,
        body: 'Saving this checklist for my next PR!',
      },
    ],
    body: `## Review the change, not the person

A review is a conversation about code. Ask questions ("what happens if \`tagList\` is empty?") rather than issuing verdicts, and say what you liked as well.

## My checklist

**Correctness**

- Does every new endpoint validate its input and return the right status codes?
- Are errors handled, or does a rejected promise turn into a bare 500?

**Security**

- Is there an authorisation check on everything that modifies data?
- Could user input reach a raw SQL string? Use parameters or the query builder, never string concatenation.
- Does any response include a field it shouldn't, such as a password hash or another user's email?

**Database**

- Is there a migration for every schema change, and is it safe on a big table?
- Do new queries have the indexes they need? Is there an \`await\` inside a loop (hello, N+1)?
- Do multi-step writes run in a transaction?

**Tests**

- Is there a test that would fail without this change?
- Do the tests cover the unhappy paths: 401, 403, 404 and 422?

## An example from last week

This passed a first glance:

\`\`\`typescript
const rows = await this.dataSource.query(
  \`SELECT * FROM articles WHERE title ILIKE '%\${search}%'\`,
);
\`\`\`

It's an SQL injection: a \`search\` containing a quote rewrites the query. The fix keeps the value out of the SQL text entirely:

\`\`\`typescript
const rows = await this.dataSource.query('SELECT * FROM articles WHERE title ILIKE $1', [
  \`%\${search}%\`,
]);
\`\`\`

(Escape \`%\` and \`_\` in \`search\` as well if users shouldn't be able to use them as wildcards.)

## Keep pull requests small

A 200-line pull request gets a real review; a 2,000-line one gets "LGTM". Split big features into steps that each make sense on their own. OWASP's [Code Review Guide](https://owasp.org/www-project-code-review-guide/) goes much deeper into security reviews.`,
  },
];

export const demoFollows: DemoFollow[] = [
  { follower: 'johndoe', followee: 'maya_okafor' },
  { follower: 'johndoe', followee: 'pg_priya' },
  { follower: 'johndoe', followee: 'devops-dan' },
  { follower: 'maya_okafor', followee: 'pg_priya' },
  { follower: 'maya_okafor', followee: 'kofi_tests' },
  { follower: 'maya_okafor', followee: 'lena-frontend' },
  { follower: 'pg_priya', followee: 'maya_okafor' },
  { follower: 'pg_priya', followee: 'devops-dan' },
  { follower: 'devops-dan', followee: 'pg_priya' },
  { follower: 'devops-dan', followee: 'sam_secure' },
  { follower: 'sam_secure', followee: 'maya_okafor' },
  { follower: 'sam_secure', followee: 'johndoe' },
  { follower: 'sam_secure', followee: 'devops-dan' },
  { follower: 'lena-frontend', followee: 'maya_okafor' },
  { follower: 'lena-frontend', followee: 'johndoe' },
  { follower: 'lena-frontend', followee: 'pg_priya' },
  { follower: 'lena-frontend', followee: 'kofi_tests' },
  { follower: 'kofi_tests', followee: 'maya_okafor' },
  { follower: 'kofi_tests', followee: 'lena-frontend' },
];
