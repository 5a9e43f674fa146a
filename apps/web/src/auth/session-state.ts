import { ApiError } from '../api/errors';

export type AuthState = 'loading' | 'authenticated' | 'unauthenticated' | 'unavailable';

// These answers to `GET /user` mean "this token is no good": forget it and carry on as a guest.
// Anything else (a 500, a timeout, a refused connection, an unreadable body) says nothing about
// the token, so it is kept and the app waits for the API to come back.
const TOKEN_REJECTED = new Set([400, 401, 403, 404]);

export const isTokenRejected = (error: unknown) =>
  error instanceof ApiError && TOKEN_REJECTED.has(error.status);

interface RestoreProgress {
  hasToken: boolean;
  hasUser: boolean;
  error: unknown;
}

/** The auth state of WEB.md, decided from where the session restore stands. */
export function authStateOf({ hasToken, hasUser, error }: RestoreProgress): AuthState {
  if (!hasToken) return 'unauthenticated';
  if (hasUser) return 'authenticated';
  if (error == null) return 'loading';
  return isTokenRejected(error) ? 'unauthenticated' : 'unavailable';
}
