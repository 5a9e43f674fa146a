import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export const getTags = async (signal?: AbortSignal): Promise<string[]> =>
  (await callApi('tags', { signal })).tags;

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: ({ signal }) => getTags(signal) });
}
