import type { Profile } from '@conduit/contracts';
import { useNavigate } from 'react-router';
import { errorMessages } from '../api/errors';
import { useSession } from '../auth/session-context';
import { ErrorList } from '../ui/error-list';
import { useFollowProfile } from './api/follow-profile';

/** `Follow <username>` / `Unfollow <username>`, at once; if the API refuses, it goes back. */
export function FollowButton({ profile }: { profile: Pick<Profile, 'username' | 'following'> }) {
  const { state } = useSession();
  const navigate = useNavigate();
  const follow = useFollowProfile();
  const { username, following } = profile;

  const toggle = () => {
    if (state !== 'authenticated') return navigate('/login');
    follow.mutate({ username, follow: !following });
  };

  return (
    <>
      <button
        type="button"
        className={`btn btn-sm action-btn ${following ? 'btn-secondary' : 'btn-outline-secondary'}`}
        onClick={toggle}
      >
        <i className={following ? 'ion-minus-round' : 'ion-plus-round'} aria-hidden="true" />
        {following ? ` Unfollow ${username}` : ` Follow ${username}`}
      </button>
      {follow.isError && (
        <ErrorList
          messages={errorMessages(follow.error).map((reason) => `Could not save: ${reason}`)}
        />
      )}
    </>
  );
}
