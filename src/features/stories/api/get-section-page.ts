import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/fetch-json';
import { MAX_SECTION_NAME_LENGTH, sectionSlug } from '../section-slug';
import type { SectionPage } from '../story-schema';
import { SECTION_DATA_DIR } from './data-files';

// Not in data-files.ts, which every story page loads: only the section route needs it.
export const sectionDataPath = (name: string, page: number) => `/${SECTION_DATA_DIR}/${name}/${page}.json`;

/**
 * True for a name `sectionSlug` makes, within the length the build allows: the only names with
 * pages. Anything else from a URL (`..`, markup, emoji, capitals) is never looked up.
 */
export const isSectionName = (name: string): boolean =>
  name !== '' && name.length <= MAX_SECTION_NAME_LENGTH && sectionSlug(name) === name;

/** One page of a section's index (20 summaries), or null for an unknown section or a page past its last. */
export async function getSectionPage(name: string, page: number, signal?: AbortSignal): Promise<SectionPage | null> {
  if (!isSectionName(name) || !Number.isSafeInteger(page) || page < 1) return null;
  return fetchJson<SectionPage>(sectionDataPath(name, page), signal);
}

export const sectionPageQueryOptions = (name: string, page: number) =>
  queryOptions({
    queryKey: ['stories', 'section', name, page] as const,
    queryFn: ({ signal }) => getSectionPage(name, page, signal),
  });

export function useSectionPage(name: string, page: number): SectionPage | null {
  return useSuspenseQuery(sectionPageQueryOptions(name, page)).data;
}
