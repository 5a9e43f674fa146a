import type { ArticlePreview } from '@conduit/contracts';
import { useNavigate } from 'react-router';
import { errorMessages } from '../api/errors';
import { useSession } from '../auth/session-context';
import { ErrorList } from '../ui/error-list';
import { useFavoriteArticle } from './api/favorite-article';

interface FavoriteButtonProps {
  article: Pick<ArticlePreview, 'slug' | 'favorited' | 'favoritesCount'>;
  /** `compact` in a list (heart and count), `full` on the article page (with words). */
  variant: 'compact' | 'full';
}

/** Favorites at once; if the API refuses, the count goes back and the reason shows. */
export function FavoriteButton({ article, variant }: FavoriteButtonProps) {
  const { state } = useSession();
  const navigate = useNavigate();
  const favorite = useFavoriteArticle();
  const { slug, favorited, favoritesCount } = article;

  const toggle = () => {
    if (state !== 'authenticated') return navigate('/login');
    favorite.mutate({ slug, favorite: !favorited });
  };

  const style = favorited ? 'btn-primary' : 'btn-outline-primary';
  const action = favorited ? 'Unfavorite Article' : 'Favorite Article';
  return (
    <>
      <button
        type="button"
        className={`btn btn-sm ${style}`}
        onClick={toggle}
        aria-label={variant === 'compact' ? `${action}: ${favoritesCount}` : undefined}
      >
        <i className="ion-heart" aria-hidden="true" />
        {variant === 'compact' ? (
          ` ${favoritesCount}`
        ) : (
          <>
            {` ${action} `}
            <span className="counter">({favoritesCount})</span>
          </>
        )}
      </button>
      {favorite.isError && (
        <ErrorList
          messages={errorMessages(favorite.error).map((reason) => `Could not save: ${reason}`)}
        />
      )}
    </>
  );
}
