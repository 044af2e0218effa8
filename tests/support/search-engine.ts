import type { SearchEngine, SearchFragment } from '@/features/search/search-engine';

/** A made-up story for search tests (clearly not news): its slug, headline and text. */
export type FakeStory = { slug: string; headline: string; text: string; section?: string };

const WORD = /[^\S\uFEFF]+/;

/**
 * A stand-in for Pagefind in unit tests: matches each query word as a case-insensitive prefix of
 * a story's words, and answers with records shaped as Pagefind's (headline first, word positions).
 */
export function fakeSearchEngine(
  stories: readonly FakeStory[],
  commonWords: readonly string[] = [],
): SearchEngine & { searched: string[]; preloaded: string[] } {
  const searched: string[] = [];
  const preloaded: string[] = [];
  return {
    searched,
    preloaded,
    commonWords: new Set(commonWords),
    async preload(term) {
      preloaded.push(term);
    },
    async search(term) {
      searched.push(term);
      const terms = term.toLowerCase().split(WORD).filter(Boolean);
      const results = stories.flatMap((story) => {
        const content = `${story.headline}\n${story.text}`;
        const words = content.split(WORD).map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, ''));
        const locations = words.flatMap((word, i) => (terms.some((t) => word.startsWith(t)) ? [i] : []));
        if (locations.length === 0) return [];
        const fragment: SearchFragment = {
          url: `/story/${story.slug}`,
          raw_url: `/story/${story.slug}`,
          content,
          meta: { title: story.headline, section: story.section ?? 'Test' },
          locations,
          weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 1 })),
        };
        return [{ id: story.slug, score: locations.length, data: async () => fragment }];
      });
      return { results };
    },
  };
}
