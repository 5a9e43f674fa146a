import type { ArticlePreview as Preview } from '@conduit/contracts';
import { Link } from 'react-router';
import { ArticleMeta } from './article-meta';
import { ArticleTags } from './article-tags';
import { FavoriteButton } from './favorite-button';

/** One card of a feed: byline, then a link holding title, description and tags. */
export function ArticlePreview({ article }: { article: Preview }) {
  return (
    <article className="article-preview">
      <ArticleMeta article={article}>
        <FavoriteButton article={article} variant="compact" />
      </ArticleMeta>
      <Link to={`/article/${encodeURIComponent(article.slug)}`} className="preview-link">
        <h1>{article.title}</h1>
        <p>{article.description}</p>
        <span>Read more...</span>
        <ArticleTags tags={article.tagList} />
      </Link>
    </article>
  );
}
