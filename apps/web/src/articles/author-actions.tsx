import type { Article } from '@conduit/contracts';
import { Link, useNavigate } from 'react-router';
import { errorMessages } from '../api/errors';
import { ErrorList } from '../ui/error-list';
import { useDeleteArticle } from './api/delete-article';

/** What the author sees beside their own article: edit it, or delete it and go home. */
export function AuthorActions({ article }: { article: Pick<Article, 'slug'> }) {
  const navigate = useNavigate();
  const deletion = useDeleteArticle();

  // No confirmation dialog: RealWorld clients delete at once, and the shared browser suite
  // (whose browser dismisses dialogs) expects exactly that.
  const remove = () => deletion.mutate(article.slug, { onSuccess: () => navigate('/') });

  return (
    <span className="author-actions">
      <Link
        to={`/editor/${encodeURIComponent(article.slug)}`}
        className="btn btn-sm btn-outline-secondary"
      >
        <i className="ion-edit" aria-hidden="true" /> Edit Article
      </Link>
      <button
        type="button"
        className="btn btn-sm btn-outline-danger"
        onClick={remove}
        disabled={deletion.isPending}
      >
        <i className="ion-trash-a" aria-hidden="true" /> Delete Article
      </button>
      {deletion.isError && <ErrorList messages={errorMessages(deletion.error)} />}
    </span>
  );
}
