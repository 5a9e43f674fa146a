import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ArticleList } from '../../articles/article-list';
import type { ArticleListFilter } from '../../api/query-keys';
import { useSession } from '../../auth/session-context';
import { PopularTags } from '../../tags/popular-tags';
import { PageTitle } from '../../ui/page-title';
import { StatusMessage } from '../../ui/status-message';
import { pageFrom } from '../page-number';

/** `/` (global feed), `/?feed=following` (your feed), `/tag/:tag`; each with `?page=N`. */
export default function HomePage() {
  const { tag } = useParams();
  const [search] = useSearchParams();
  const { state } = useSession();
  const page = pageFrom(search);
  const isFollowing = !tag && search.get('feed') === 'following';

  if (isFollowing && state === 'unauthenticated') return <Navigate to="/login" replace />;

  const filter: ArticleListFilter = tag
    ? { feed: 'tag', tag }
    : isFollowing
      ? { feed: 'following' }
      : { feed: 'global' };

  return (
    <div className="home-page">
      <PageTitle>{filter.feed === 'tag' ? `#${filter.tag}` : undefined}</PageTitle>
      <div className="banner">
        <div className="container">
          <h1 className="logo-font">conduit</h1>
          <p>A place to share your knowledge.</p>
        </div>
      </div>
      <div className="container page">
        <div className="row">
          <div className="col-main">
            <FeedTabs filter={filter} showYourFeed={state === 'authenticated'} />
            {isFollowing && state !== 'authenticated' ? (
              <StatusMessage>Waiting for your session…</StatusMessage>
            ) : (
              <ArticleList
                filter={filter}
                page={page}
                hrefOfPage={(n) => feedHref(filter, n)}
                emptyMessage={isFollowing ? <EmptyFeed /> : undefined}
              />
            )}
          </div>
          <div className="col-side">
            <PopularTags />
          </div>
        </div>
      </div>
    </div>
  );
}

/** The URL of a feed's page, the filter first: `/?feed=following&page=2`, `/tag/x?page=2`. */
function feedHref(filter: ArticleListFilter, page: number): string {
  if (filter.feed === 'tag') return `/tag/${encodeURIComponent(filter.tag)}?page=${page}`;
  if (filter.feed === 'following') return `/?feed=following&page=${page}`;
  return `/?page=${page}`;
}

function FeedTabs({ filter, showYourFeed }: { filter: ArticleListFilter; showYourFeed: boolean }) {
  const tabClass = (isActive: boolean) => (isActive ? 'nav-link active' : 'nav-link');
  return (
    <div className="feed-toggle">
      <ul className="nav nav-pills outline-active">
        {showYourFeed && (
          <li className="nav-item">
            <Link className={tabClass(filter.feed === 'following')} to="/?feed=following">
              Your Feed
            </Link>
          </li>
        )}
        <li className="nav-item">
          <Link className={tabClass(filter.feed === 'global')} to="/">
            Global Feed
          </Link>
        </li>
        {filter.feed === 'tag' && (
          <li className="nav-item">
            <Link className="nav-link active" to={`/tag/${encodeURIComponent(filter.tag)}`}>
              # {filter.tag}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}

function EmptyFeed() {
  return (
    <>
      Your feed is empty. Follow some authors to see their articles here, or read the{' '}
      <Link to="/">Global Feed</Link>.
    </>
  );
}
