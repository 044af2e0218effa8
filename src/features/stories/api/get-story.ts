import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/fetch-json';
import { isSlug } from '../slug';
import type { StoryPage } from '../story-schema';
import { storyDataPath } from '../story-urls';

/** One story with its related summaries, or null when no story has this slug. */
export async function getStoryPage(slug: string, signal?: AbortSignal): Promise<StoryPage | null> {
  // Never let a hostile slug reach a URL: anything that is not a slug cannot be a story.
  if (!isSlug(slug)) return null;
  return fetchJson<StoryPage>(storyDataPath(slug), signal);
}

export const storyQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['stories', 'detail', slug] as const,
    queryFn: ({ signal }) => getStoryPage(slug, signal),
  });

export function useStoryPage(slug: string): StoryPage | null {
  return useSuspenseQuery(storyQueryOptions(slug)).data;
}
