import type { Article } from '@conduit/contracts';
import { useMemo } from 'react';
import { ArticleTags } from './article-tags';
import { renderMarkdown } from './markdown';

/** The article's Markdown as sanitised HTML, then its tags. */
export function ArticleBody({ article }: { article: Pick<Article, 'body' | 'tagList'> }) {
  const html = useMemo(() => renderMarkdown(article.body), [article.body]);
  return (
    <div className="article-content">
      {/* Safe: renderMarkdown sanitises with DOMPurify. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      <ArticleTags tags={article.tagList} />
    </div>
  );
}
