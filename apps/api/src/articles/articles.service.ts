import { Injectable } from '@nestjs/common';
import {
  LIMIT_DEFAULT,
  type Article,
  type ArticleChanges,
  type ArticlesResponse,
  type NewArticle,
  type PageQuery,
} from '@conduit/contracts';
import { DemoSwitchboard } from '../common/demo/demo-switchboard.js';
import { Forbidden, NotFound } from '../common/errors/domain-errors.js';
import { AppConfig } from '../config/app-config.js';
import type { ArticleFilters } from './article-row.js';
import { toArticle, toArticlePreview } from './articles.mapper.js';
import { ArticlesRepository, SlugTaken } from './articles.repository.js';
import { slugify, withRandomSuffix } from './slug.js';

/** Attempts at a free slug when two articles want the same one at the same moment. */
const SLUG_ATTEMPTS = 5;

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly config: AppConfig,
    private readonly demo: DemoSwitchboard,
  ) {}

  async list(
    filters: ArticleFilters,
    page: PageQuery,
    viewerId: number | undefined,
  ): Promise<ArticlesResponse> {
    const { rows, count } = await this.articles.findPage(
      filters,
      { limit: page.limit ?? LIMIT_DEFAULT, offset: page.offset ?? 0 },
      viewerId,
    );
    // The dev panel's N+1 demo, off unless an instructor turns it on: see `reloadTagsOneByOne`.
    const shown = this.demo.nPlusOneArticleList
      ? await this.articles.reloadTagsOneByOne(rows)
      : rows;
    return {
      articles: shown.map((row) => toArticlePreview(row, this.config.publicUrl)),
      articlesCount: count,
    };
  }

  /** Articles by the authors the viewer follows (never the viewer's own). */
  feed(viewerId: number, page: PageQuery): Promise<ArticlesResponse> {
    return this.list({ followedBy: viewerId }, page, viewerId);
  }

  async get(slug: string, viewerId: number | undefined): Promise<Article> {
    const row = await this.articles.findBySlug(slug, viewerId);
    if (!row) throw new NotFound('article');
    return toArticle(row, this.config.publicUrl);
  }

  async create(authorId: number, input: NewArticle): Promise<Article> {
    const slug = await this.withFreeSlug(slugify(input.title), async (candidate) => {
      const { title, description, body, tagList } = input;
      const article = { slug: candidate, title, description, body, authorId };
      await this.articles.insert(article, distinct(tagList ?? []));
      return candidate;
    });
    return this.get(slug, authorId);
  }

  /**
   * Existence, then ownership: the checks docs/api.md orders before validation. The controller's guard
   * calls this before the body is parsed; `update` and `delete` call it again for themselves.
   */
  async assertAuthor(viewerId: number, slug: string): Promise<{ id: number; title: string }> {
    const article = await this.articles.findOwnership(slug);
    if (!article) throw new NotFound('article');
    if (article.authorId !== viewerId) throw new Forbidden('article');
    return article;
  }

  /** No `tagList` keeps the tags, `[]` clears them; a new title may bring a new slug. */
  async update(viewerId: number, slug: string, changes: ArticleChanges): Promise<Article> {
    const article = await this.assertAuthor(viewerId, slug);
    const { tagList, ...fields } = changes;
    const isRetitled =
      fields.title !== undefined && slugify(fields.title) !== slugify(article.title);
    const newSlug = await this.withFreeSlug(
      isRetitled ? slugify(fields.title as string) : slug,
      async (candidate) => {
        const update = { ...fields, ...(candidate !== slug && { slug: candidate }) };
        await this.articles.update(article.id, update, tagList && distinct(tagList));
        return candidate;
      },
    );
    return this.get(newSlug, viewerId);
  }

  async delete(viewerId: number, slug: string): Promise<void> {
    const article = await this.assertAuthor(viewerId, slug);
    await this.articles.delete(article.id);
  }

  /** Idempotent; an author may favorite their own article. */
  async favorite(viewerId: number, slug: string): Promise<Article> {
    await this.articles.favorite(viewerId, await this.idOf(slug));
    return this.get(slug, viewerId);
  }

  async unfavorite(viewerId: number, slug: string): Promise<Article> {
    await this.articles.unfavorite(viewerId, await this.idOf(slug));
    return this.get(slug, viewerId);
  }

  /** For features that hang off an article (comments): its id, or 404. */
  async idOf(slug: string): Promise<number> {
    const article = await this.articles.findOwnership(slug);
    if (!article) throw new NotFound('article');
    return article.id;
  }

  /**
   * Runs `write` with the slug, or with a suffixed one when the slug is taken: the unique index
   * decides (the repository says `SlugTaken`), so two articles created at once with the same title
   * still get different slugs.
   */
  private async withFreeSlug(
    slug: string,
    write: (candidate: string) => Promise<string>,
  ): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const candidate = attempt === 1 ? slug : withRandomSuffix(slug);
      try {
        return await write(candidate);
      } catch (error) {
        if (!(error instanceof SlugTaken) || attempt === SLUG_ATTEMPTS) throw error;
      }
    }
  }
}

/** Tags as sent, each once. */
function distinct(tags: string[]): string[] {
  return [...new Set(tags)];
}
