import { Link, NavLink, useLocation, useParams, useSearchParams } from 'react-router';
import { ArticleList } from '../../articles/article-list';
import type { ArticleListFilter } from '../../api/query-keys';
import { useSession } from '../../auth/session-context';
import { useProfile } from '../../profiles/api/get-profile';
import { FollowButton } from '../../profiles/follow-button';
import { UserInfo } from '../../profiles/user-info';
import { LoadError } from '../../ui/load-error';
import { PageTitle } from '../../ui/page-title';
import { StatusMessage } from '../../ui/status-message';
import { pageFrom } from '../page-number';

/** `/profile/:username` (their articles) and `/profile/:username/favorites`. */
export default function ProfilePage() {
  const { username = '' } = useParams();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const { user } = useSession();
  const profile = useProfile(username);

  const profileUrl = `/profile/${encodeURIComponent(username)}`;
  const showsFavorites = pathname.endsWith('/favorites');
  const filter: ArticleListFilter = showsFavorites
    ? { feed: 'favorited', username }
    : { feed: 'author', username };
  const listUrl = showsFavorites ? `${profileUrl}/favorites` : profileUrl;

  return (
    <div className="profile-page">
      <PageTitle>{username}</PageTitle>
      {profile.isPending && (
        <div className="container">
          <StatusMessage>Loading the profile…</StatusMessage>
        </div>
      )}
      {profile.isError && (
        <div className="container page">
          <LoadError what="this profile" error={profile.error} onRetry={profile.refetch} />
        </div>
      )}
      {profile.isSuccess && (
        <UserInfo
          profile={profile.data}
          action={
            user?.username === profile.data.username ? (
              <Link to="/settings" className="btn btn-sm btn-outline-secondary action-btn">
                <i className="ion-gear-a" aria-hidden="true" /> Edit Profile Settings
              </Link>
            ) : (
              <FollowButton profile={profile.data} />
            )
          }
        />
      )}
      {!profile.isError && (
        <div className="container">
          <div className="articles-toggle">
            <ul className="nav nav-pills outline-active">
              <li className="nav-item">
                <NavLink className="nav-link" to={profileUrl} end>
                  My Articles
                </NavLink>
              </li>
              <li className="nav-item">
                <NavLink className="nav-link" to={`${profileUrl}/favorites`} end>
                  Favorited
                </NavLink>
              </li>
            </ul>
          </div>
          <ArticleList
            filter={filter}
            page={pageFrom(search)}
            hrefOfPage={(page) => `${listUrl}?page=${page}`}
          />
        </div>
      )}
    </div>
  );
}
