import { startTransition } from 'react';
import { useNavigate } from 'react-router';
import { RequireAuth } from '../../auth/require-auth';
import { useSession } from '../../auth/session-context';
import { SettingsForm } from '../../settings/settings-form';
import { PageTitle } from '../../ui/page-title';

export default function SettingsPage() {
  return (
    <RequireAuth>
      <Settings />
    </RequireAuth>
  );
}

function Settings() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  // Home first, and the sign-out in the same transition as that navigation: React then shows
  // both at once, and this page's guard never sees a guest (it would send them to /login).
  const logOut = async () => {
    await navigate('/');
    startTransition(signOut);
  };

  return (
    <div className="settings-page">
      <div className="container page narrow">
        <PageTitle>Settings</PageTitle>
        <h1 className="text-center">Your Settings</h1>
        {user && <SettingsForm user={user} />}
        <hr />
        <button type="button" className="btn btn-outline-danger" onClick={logOut}>
          Or click here to logout
        </button>
      </div>
    </div>
  );
}
