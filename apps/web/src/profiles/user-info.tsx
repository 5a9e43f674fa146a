import type { Profile } from '@conduit/contracts';
import type { ReactNode } from 'react';
import { Avatar } from '../ui/avatar';

interface UserInfoProps {
  profile: Profile;
  /** The follow button, or for oneself the link to the settings. */
  action: ReactNode;
}

/** The profile banner: picture, name, bio (plain text, empty when none) and one action. */
export function UserInfo({ profile, action }: UserInfoProps) {
  return (
    <div className="user-info">
      <div className="container">
        <Avatar image={profile.image} className="user-img" />
        <h4>{profile.username}</h4>
        <p>{profile.bio ?? ''}</p>
        {action}
      </div>
    </div>
  );
}
