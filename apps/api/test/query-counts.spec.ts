import {
  addComment,
  createArticle,
  createArticles,
  favorite,
  follow,
  queryCount,
  registerUser,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A list costs a fixed number of SQL statements whatever its length (no N+1): the API reports
// the count of each request in `X-Query-Count`, and a page of 1 must cost what a page of 20 costs.

const BUDGET = 4;
const PAGE = 20;

let t: TestApp;
let writer: SignedIn;
let fan: SignedIn;
let tag: string;
beforeAll(async () => {
  t = await createTestApp();
  writer = await registerUser(t);
  fan = await registerUser(t);
  tag = uniqueName('counted');
  const articles = await createArticles(t, writer, PAGE, { tagList: [tag, uniqueName('other')] });
  for (const { slug } of articles) await favorite(t, fan, slug);
  await follow(t, fan, writer.user.username);
});
afterAll(() => t.close());

describe('statements per list request', () => {
  it.each([
    ['the global list', ''],
    ['the tag filter', 'tag=:tag'],
    ['the author filter', 'author=:writer'],
    ['the favorited filter', 'favorited=:fan'],
    ['a query with all three filters', 'tag=:tag&author=:writer&favorited=:fan'],
  ])('%s costs as much for 20 articles as for 1, anonymous or signed in', async (_, filter) => {
    const query = filter
      .replace(':tag', tag)
      .replace(':writer', writer.user.username)
      .replace(':fan', fan.user.username);

    const one = await t.api.get(`/api/articles?${query}&limit=1`).expect(200);
    const twenty = await t.api.get(`/api/articles?${query}&limit=${PAGE}`).expect(200);
    const oneSignedIn = await t.api.get(`/api/articles?${query}&limit=1`).set(fan.auth);
    const twentySignedIn = await t.api.get(`/api/articles?${query}&limit=${PAGE}`).set(fan.auth);

    expect(twenty.body.articles).toHaveLength(PAGE);
    expect(queryCount(twenty)).toBe(queryCount(one));
    expect(queryCount(twentySignedIn)).toBe(queryCount(oneSignedIn));
    expect(queryCount(twenty)).toBeLessThanOrEqual(BUDGET);
    expect(queryCount(twentySignedIn)).toBeLessThanOrEqual(BUDGET);
  });

  it('the feed costs as much for 20 articles as for 1', async () => {
    const one = await t.api.get('/api/articles/feed?limit=1').set(fan.auth).expect(200);
    const twenty = await t.api.get(`/api/articles/feed?limit=${PAGE}`).set(fan.auth).expect(200);

    expect(twenty.body.articles).toHaveLength(PAGE);
    expect(queryCount(twenty)).toBe(queryCount(one));
    expect(queryCount(twenty)).toBeLessThanOrEqual(BUDGET);
  });

  it("an article's comments cost as much for 10 comments as for 1", async () => {
    const few = await createArticle(t, writer);
    const many = await createArticle(t, writer);
    await addComment(t, fan, few.slug);
    for (let i = 0; i < 10; i++) await addComment(t, i % 2 ? fan : writer, many.slug);

    const one = await t.api.get(`/api/articles/${few.slug}/comments`).set(fan.auth).expect(200);
    const ten = await t.api.get(`/api/articles/${many.slug}/comments`).set(fan.auth).expect(200);

    expect(ten.body.comments).toHaveLength(10);
    expect(queryCount(ten)).toBe(queryCount(one));
    expect(queryCount(ten)).toBeLessThanOrEqual(BUDGET);
  });

  it('the tags cost the same before and after ten more tags are in use', async () => {
    const before = await t.api.get('/api/tags').expect(200);
    const tenTags = Array.from({ length: 10 }, () => uniqueName('more'));
    await createArticle(t, writer, { tagList: tenTags });

    const after = await t.api.get('/api/tags').expect(200);

    expect(after.body.tags).toEqual(expect.arrayContaining(tenTags));
    expect(queryCount(after)).toBe(queryCount(before));
    expect(queryCount(after)).toBeLessThanOrEqual(BUDGET);
  });
});
