import { QueryClient } from '@tanstack/react-query';
import { isWorthRetrying } from './errors';

// One more try covers a blip; more would keep a failed page waiting for seconds.
const MAX_RETRIES = 1;

/** The app's cache: retries only what may succeed on a second try (never a 404 or a 401). */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isWorthRetrying(error),
      },
    },
  });
}
