import type { ReactNode } from 'react';
import type { ArticleListFilter } from '../api/query-keys';
import { LoadError } from '../ui/load-error';
import { Pagination } from '../ui/pagination';
import { StatusMessage } from '../ui/status-message';
import { ARTICLES_PER_PAGE, useArticles } from './api/get-articles';
import { ArticlePreview } from './article-preview';

interface ArticleListProps {
  filter: ArticleListFilter;
  page: number;
  hrefOfPage: (page: number) => string;
  /** What an empty list says; the default is RealWorld's "No articles are here... yet." */
  emptyMessage?: ReactNode;
}

/** A page of articles with its loading, failure and empty states, then the page links. */
export function ArticleList({ filter, page, hrefOfPage, emptyMessage }: ArticleListProps) {
  const articles = useArticles(filter, page);

  if (articles.isPending) return <StatusMessage>Loading articles…</StatusMessage>;
  if (articles.isError) {
    return <LoadError what="the articles" error={articles.error} onRetry={articles.refetch} />;
  }
  const { articles: previews, articlesCount } = articles.data;
  if (previews.length === 0) {
    return (
      <div className="empty-feed-message">{emptyMessage ?? 'No articles are here... yet.'}</div>
    );
  }
  return (
    <>
      {previews.map((article) => (
        <ArticlePreview key={article.slug} article={article} />
      ))}
      <Pagination
        pageCount={Math.ceil(articlesCount / ARTICLES_PER_PAGE)}
        currentPage={page}
        hrefOf={hrefOfPage}
      />
    </>
  );
}
