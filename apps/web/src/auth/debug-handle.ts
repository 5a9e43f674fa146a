import type { User } from '@conduit/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { tokenStorage } from '../api/token-storage';
import type { Session } from './session-context';

/** What the RealWorld browser suite reads to check the session without scraping the page. */
export interface ConduitDebugHandle {
  getToken: () => string | null;
  getAuthState: () => Session['state'];
  getCurrentUser: () => Pick<User, 'username' | 'email' | 'bio' | 'image' | 'token'> | null;
}

declare global {
  interface Window {
    __conduit_debug__?: ConduitDebugHandle;
  }
}

/** Installs `window.__conduit_debug__`; returns the clean-up that removes it. */
export function exposeDebugHandle(currentSession: () => Session, queryClient: QueryClient) {
  window.__conduit_debug__ = {
    getToken: tokenStorage.read,
    getAuthState: () => currentSession().state,
    // Read from the cache, not from the last render: a settings change shows the moment the
    // `PUT /user` answer is stored.
    getCurrentUser: () => {
      if (currentSession().state !== 'authenticated') return null;
      const user = queryClient.getQueryData<User>(queryKeys.currentUser);
      if (!user) return null;
      const { username, email, bio, image, token } = user;
      return { username, email, bio, image, token };
    },
  };
  return () => {
    delete window.__conduit_debug__;
  };
}
