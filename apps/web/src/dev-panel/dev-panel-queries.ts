import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import {
  explainStatement,
  getDemoSwitches,
  getLoggedRequest,
  setDemoSwitches,
} from './dev-panel-api';

// The panel's cache keys live here rather than in `api/query-keys.ts`: that file ships in the
// production build, and nothing of the panel may.
export const devPanelKeys = {
  request: (requestId: string) => ['dev-panel', 'request', requestId] as const,
  plan: (requestId: string, index: number) => ['dev-panel', 'plan', requestId, index] as const,
  demo: ['dev-panel', 'demo'] as const,
};

/** What a request ran does not change once it has run: fetched once, kept while the page lives. */
export function useLoggedRequest(requestId: string) {
  return useQuery({
    queryKey: devPanelKeys.request(requestId),
    queryFn: ({ signal }) => getLoggedRequest(requestId, signal),
    staleTime: Infinity,
  });
}

/**
 * The plan of one statement, fetched only when asked for (`refetch` on the Explain button): an
 * `EXPLAIN ANALYZE` runs the statement again. Kept in the cache so that the Markdown export finds
 * every plan fetched so far; a refusal (422) is an answer, not a blip to retry.
 */
export function useStatementPlan(requestId: string, index: number) {
  return useQuery({
    queryKey: devPanelKeys.plan(requestId, index),
    queryFn: () => explainStatement(requestId, index),
    enabled: false,
    staleTime: Infinity,
    retry: false,
  });
}

export function useDemoSwitches() {
  return useQuery({
    queryKey: devPanelKeys.demo,
    queryFn: ({ signal }) => getDemoSwitches(signal),
  });
}

/**
 * Flips demo switches, then refetches the article lists on screen: the next list request is the
 * one that shows the change, in the panel's rows.
 */
export function useSetDemoSwitches() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDemoSwitches,
    onSuccess: async (demo) => {
      queryClient.setQueryData(devPanelKeys.demo, demo);
      await queryClient.invalidateQueries({ queryKey: queryKeys.articles.all });
    },
  });
}
