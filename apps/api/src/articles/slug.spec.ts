import { slugify, withRandomSuffix } from './slug.js';

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    expect(slugify('How to Train Your Dragon')).toBe('how-to-train-your-dragon');
  });

  it('drops punctuation at the ends and folds accents', () => {
    expect(slugify('  ¿Qué pasa, Zoë?  ')).toBe('que-pasa-zoe');
  });

  it('falls back to "article" when nothing URL-safe is left', () => {
    expect(slugify('日本語のタイトル')).toBe('article');
    expect(slugify('!!!')).toBe('article');
  });

  it('never gives the name of a route under /api/articles, such as "feed"', () => {
    expect(slugify('Feed')).toBe('feed-article');
    expect(slugify('Feed!')).toBe('feed-article');
    expect(slugify('Feed me')).toBe('feed-me');
  });

  it('caps very long titles', () => {
    expect(slugify('a '.repeat(500)).length).toBeLessThanOrEqual(200);
  });
});

describe('withRandomSuffix', () => {
  it('keeps the slug and adds a short URL-safe suffix', () => {
    expect(withRandomSuffix('hello-world')).toMatch(/^hello-world-[0-9a-f]{6}$/);
  });

  it('gives different slugs for the same title', () => {
    const slugs = new Set(Array.from({ length: 20 }, () => withRandomSuffix('same')));
    expect(slugs.size).toBeGreaterThan(15);
  });
});
