import { ApiError, NetworkError, unreadableAnswer } from '../api/errors';
import { authStateOf } from './session-state';

const restoring = (error: unknown) => authStateOf({ hasToken: true, hasUser: false, error });

describe('the auth state', () => {
  it('is unauthenticated without a token, and loading while a token is being checked', () => {
    expect(authStateOf({ hasToken: false, hasUser: false, error: null })).toBe('unauthenticated');
    expect(restoring(null)).toBe('loading');
  });

  it('is authenticated once the API has said who the token belongs to', () => {
    expect(authStateOf({ hasToken: true, hasUser: true, error: null })).toBe('authenticated');
  });

  it.each([400, 401, 403, 404])('is unauthenticated when the API answers %i', (status) => {
    expect(restoring(new ApiError(status, { token: ['is invalid'] }))).toBe('unauthenticated');
  });

  it('is unavailable on a 500, a lost connection or an unreadable answer', () => {
    expect(restoring(new ApiError(500, { server: ['internal error'] }))).toBe('unavailable');
    expect(restoring(new NetworkError())).toBe('unavailable');
    expect(restoring(unreadableAnswer(200))).toBe('unavailable');
  });
});
