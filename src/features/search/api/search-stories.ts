import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { loadSearchEngine } from '../search-engine';
import { type SearchHit, toSearchHit } from '../search-hits';
import { leaveOutCommonWords } from '../search-query';

/** Results shown at first, and added by each "Show more results". */
export const RESULTS_PER_PAGE = 10;

export type SearchResults = {
  /** What was searched for. */
  term: string;
  /** Words of the query left out of the search, being in most stories. */
  leftOut: string[];
  /** Every story that matched. */
  total: number;
  /** The first `limit` of them, best first. */
  hits: SearchHit[];
  /** Matches whose record could not be fetched (offline, never seen before): counted, not shown. */
  unavailable: number;
};

/**
 * Searches the stories for a prepared term (see search-query.ts) and reads the records of the best
 * `limit`. The engine ranks every match at once; each record shown is one small file to fetch, so
 * only those shown are read.
 */
export async function searchStories(prepared: string, limit: number): Promise<SearchResults> {
  const engine = await loadSearchEngine();
  const { term, leftOut } = leaveOutCommonWords(prepared, engine.commonWords);
  const { results } = await engine.search(term);
  const records = await Promise.allSettled(results.slice(0, limit).map((result) => result.data()));
  const hits: SearchHit[] = [];
  let unavailable = 0;
  for (const record of records) {
    const hit = record.status === 'fulfilled' ? toSearchHit(record.value) : null;
    if (hit) hits.push(hit);
    else unavailable++;
  }
  return { term, leftOut, total: results.length, hits, unavailable };
}

export const searchQueryOptions = (term: string, limit = RESULTS_PER_PAGE) =>
  queryOptions({
    queryKey: ['search', term, limit] as const,
    queryFn: () => searchStories(term, limit),
    // The index does not change while the page is open; a failure is shown with Retry at once.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** The results for a term; suspends until they are ready (see SearchResults for what shows meanwhile). */
export function useSearchStories(term: string, limit: number): SearchResults {
  return useSuspenseQuery(searchQueryOptions(term, limit)).data;
}
