import type { Article } from '@conduit/contracts';
import { useParams } from 'react-router';
import { useArticle } from '../../articles/api/get-article';
import { ArticleBody } from '../../articles/article-body';
import { ArticleMeta } from '../../articles/article-meta';
import { AuthorActions } from '../../articles/author-actions';
import { FavoriteButton } from '../../articles/favorite-button';
import { useSession } from '../../auth/session-context';
import { CommentSection } from '../../comments/comment-section';
import { FollowButton } from '../../profiles/follow-button';
import { LoadError } from '../../ui/load-error';
import { PageTitle } from '../../ui/page-title';
import { StatusMessage } from '../../ui/status-message';

/** `/article/:slug`: the article, its byline with actions, and its comments. */
export default function ArticlePage() {
  const { slug = '' } = useParams();
  const article = useArticle(slug);

  return (
    <div className="article-page">
      {article.isPending && (
        <div className="container page">
          <StatusMessage>Loading the article…</StatusMessage>
        </div>
      )}
      {article.isError && (
        <div className="container page">
          <LoadError what="the article" error={article.error} onRetry={article.refetch} />
        </div>
      )}
      {article.isSuccess && <LoadedArticle article={article.data} />}
    </div>
  );
}

function LoadedArticle({ article }: { article: Article }) {
  const { user } = useSession();
  const isAuthor = user?.username === article.author.username;
  return (
    <>
      <PageTitle>{article.title}</PageTitle>
      <div className="banner">
        <div className="container">
          <h1>{article.title}</h1>
          <ArticleMeta article={article}>
            {isAuthor ? (
              <AuthorActions article={article} />
            ) : (
              <span className="reader-actions">
                <FollowButton profile={article.author} />
                <FavoriteButton article={article} variant="full" />
              </span>
            )}
          </ArticleMeta>
        </div>
      </div>
      <div className="container page">
        <ArticleBody article={article} />
        <hr />
        <div className="comments-column">
          <CommentSection slug={article.slug} />
        </div>
      </div>
    </>
  );
}
