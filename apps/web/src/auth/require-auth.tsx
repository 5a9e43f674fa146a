import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { StatusMessage } from '../ui/status-message';
import { useSession } from './session-context';

/**
 * Guards a page that needs an account. While the session is being restored it waits rather than
 * redirect; a guest goes to exactly `/login`; an unreachable API gets a wait, not a sign-in form.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  switch (state) {
    case 'authenticated':
      return children;
    case 'unauthenticated':
      return <Navigate to="/login" replace />;
    case 'loading':
      return <Waiting>Restoring your session…</Waiting>;
    case 'unavailable':
      return (
        <Waiting>
          This page needs your account, and the server cannot be reached yet. It will open as soon
          as the server answers.
        </Waiting>
      );
  }
}

function Waiting({ children }: { children: ReactNode }) {
  return (
    <div className="container page">
      <StatusMessage>{children}</StatusMessage>
    </div>
  );
}
