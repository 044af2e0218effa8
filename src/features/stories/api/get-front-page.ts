import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/fetch-json';
import type { FrontPage } from '../story-schema';
import { frontDataPath } from '../story-urls';

/** One page of the front-page index (20 summaries), or null past the last page. */
export async function getFrontPage(page: number, signal?: AbortSignal): Promise<FrontPage | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null;
  return fetchJson<FrontPage>(frontDataPath(page), signal);
}

export const frontPageQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['stories', 'front', page] as const,
    queryFn: ({ signal }) => getFrontPage(page, signal),
  });

export function useFrontPage(page: number): FrontPage | null {
  return useSuspenseQuery(frontPageQueryOptions(page)).data;
}
