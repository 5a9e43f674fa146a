import { useNavigate } from 'react-router';
import { RequireAuth } from '../../auth/require-auth';
import { useSession } from '../../auth/session-context';
import { SettingsForm } from '../../settings/settings-form';

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
  const logOut = () => {
    signOut();
    navigate('/');
  };

  return (
    <div className="settings-page">
      <div className="container page narrow">
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
