import type { ArticlePreview } from '@conduit/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from '../ui/avatar';
import { formatDate } from '../ui/format-date';

interface ArticleMetaProps {
  article: Pick<ArticlePreview, 'author' | 'createdAt'>;
  /** The buttons beside the byline: favorite, follow, or the author's edit and delete. */
  children?: ReactNode;
}

/** The byline of an article: avatar, author, date, and the actions the page offers. */
export function ArticleMeta({ article, children }: ArticleMetaProps) {
  const profileUrl = `/profile/${encodeURIComponent(article.author.username)}`;
  return (
    <div className="article-meta">
      <Link to={profileUrl} tabIndex={-1} aria-hidden="true">
        <Avatar image={article.author.image} />
      </Link>
      <div className="info">
        <Link to={profileUrl} className="author">
          {article.author.username}
        </Link>
        <time className="date" dateTime={article.createdAt}>
          {formatDate(article.createdAt)}
        </time>
      </div>
      {children}
    </div>
  );
}
