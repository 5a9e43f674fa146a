import { TagsResponse } from '@conduit/contracts';
import { createArticle, registerUser, type SignedIn, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
});
afterAll(() => t.close());

const tagsNow = async () =>
  TagsResponse.parse((await t.api.get('/api/tags').expect(200)).body).tags;

describe('the tags in use: GET /api/tags', () => {
  it('lists a new tag right after the article that uses it is published', async () => {
    const tag = uniqueName('fresh');

    await createArticle(t, author, { tagList: [tag] });

    expect(await tagsNow()).toContain(tag);
  });

  it('lists every tag once, sorted', async () => {
    const tag = uniqueName('tag');
    await createArticle(t, author, { tagList: [`b${tag}`, `a${tag}`] });
    await createArticle(t, author, { tagList: [`a${tag}`] });

    const tags = await tagsNow();

    expect(tags).toEqual([...tags].sort());
    expect(tags.filter((name) => name.endsWith(tag))).toEqual([`a${tag}`, `b${tag}`]);
  });

  it('trims tags, and keeps them otherwise as sent: no slugifying, no case folding', async () => {
    const tag = uniqueName('Mixed_Case');

    const article = await createArticle(t, author, { tagList: [` ${tag}\t`, 'd_42', `${tag} `] });

    const tags = await tagsNow();
    expect(article.tagList).toEqual([tag, 'd_42']);
    expect(tags).toContain(tag);
    expect(tags).toContain('d_42');
    expect(tags.filter((name) => name.includes(tag))).toEqual([tag]);
  });

  it('drops a tag once no article uses it, after an edit takes it away', async () => {
    const tag = uniqueName('passing');
    const { slug } = await createArticle(t, author, { tagList: [tag] });

    await t.api
      .put(`/api/articles/${slug}`)
      .set(author.auth)
      .send({ article: { tagList: [] } })
      .expect(200);

    expect(await tagsNow()).not.toContain(tag);
  });

  it('answers JSON to anyone, without a token and whatever the Accept header asks for', async () => {
    const tag = uniqueName('tag');
    await createArticle(t, author, { tagList: [tag] });

    const response = await t.api.get('/api/tags').set('Accept', 'text/html').expect(200);

    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(TagsResponse.parse(response.body).tags).toContain(tag);
  });
});
