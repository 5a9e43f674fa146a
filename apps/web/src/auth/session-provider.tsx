import type { User } from '@conduit/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { callApi } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { tokenStorage } from '../api/token-storage';
import { exposeDebugHandle } from './debug-handle';
import { SessionContext, type Session } from './session-context';
import { authStateOf, isTokenRejected } from './session-state';

// While the API is unreachable the token is kept and the restore is tried again this often, so
// the "Connecting…" indicator goes away by itself once the API answers.
const RECONNECT_INTERVAL_MS = 5_000;
// The whole app waits on the restore (protected pages, the navbar), so a silent API is called
// unavailable sooner than an ordinary request would be; the next try may still succeed.
const RESTORE_TIMEOUT_MS = 5_000;

/** Asks the API who the stored token belongs to; a token it rejects is forgotten at once. */
async function restoreSession() {
  try {
    return (await callApi('currentUser', { timeoutMs: RESTORE_TIMEOUT_MS })).user;
  } catch (error) {
    if (isTokenRejected(error)) tokenStorage.clear();
    throw error;
  }
}

/** Restores the session from the stored token with `GET /user` and shares it with the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(tokenStorage.read);

  const restore = useQuery({
    queryKey: queryKeys.currentUser,
    queryFn: restoreSession,
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
    // A rejected token is gone; asking again on every focus would only repeat the 401.
    refetchOnWindowFocus: false,
    refetchInterval: (query) =>
      query.state.status === 'error' && !isTokenRejected(query.state.error)
        ? RECONNECT_INTERVAL_MS
        : false,
  });

  const state = authStateOf({
    hasToken: token !== null,
    hasUser: restore.data !== undefined,
    error: restore.error,
  });

  const signIn = useCallback(
    (user: User) => {
      tokenStorage.save(user.token);
      queryClient.setQueryData(queryKeys.currentUser, user);
      setToken(user.token);
      // What is cached was seen by someone else (a guest, or the user before a rename): refetch.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.currentUser[0],
      });
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    tokenStorage.clear();
    setToken(null);
    // Everything cached was seen through the user's eyes (favorited, following): start afresh.
    queryClient.clear();
  }, [queryClient]);

  const user = state === 'authenticated' ? (restore.data ?? null) : null;
  const session = useMemo<Session>(
    () => ({ state, user, signIn, signOut }),
    [state, user, signIn, signOut],
  );

  useEffect(() => exposeDebugHandle(() => session, queryClient), [session, queryClient]);

  return <SessionContext value={session}>{children}</SessionContext>;
}
