import type { User } from '@conduit/contracts';
import { createContext, useContext } from 'react';
import type { AuthState } from './session-state';

export interface Session {
  state: AuthState;
  /** The signed-in user, `null` unless `state` is `authenticated`. */
  user: User | null;
  /** Keeps the token and user of a sign-in, sign-up or settings change. */
  signIn: (user: User) => void;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

/**
 * Whether requests can be sent as the right viewer yet: not while a stored token is still being
 * checked. Reads that show viewer-specific fields (favorited, following) wait for it, because the
 * API refuses even a public list (401) when the token it is given turns out to be invalid.
 */
export function useIsViewerKnown(): boolean {
  return useSession().state !== 'loading';
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
