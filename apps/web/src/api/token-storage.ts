// The JWT lives in localStorage under `jwtToken`, the key every RealWorld frontend uses, so that a
// reload (and the shared browser suite) finds the session where it expects it.
const TOKEN_KEY = 'jwtToken';

export const tokenStorage = {
  read: (): string | null => localStorage.getItem(TOKEN_KEY),
  save: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};
