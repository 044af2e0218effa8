import { LoadErrorPage } from '@/components/load-error-page';
import { loadSearchResults, SearchPage } from '@/features/search/components/search-page';
import { searchHead } from '@/features/search/search-head';
import { SEARCH_PATH } from '@/features/search/search-path';
import type { ErrorBoundaryProps, PrerenderContext, PrerenderPage } from '../route-module';

/** Prefetching the page (the header's field was focused) also loads the search code and engine. */
export async function loader() {
  const results = await loadSearchResults();
  await results.loadSearchEngine();
  return null;
}

export function Component() {
  return <SearchPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="Search couldn’t load" />;
}

/** One page for every query: the query is read in the browser, never written into the HTML. */
export const prerender = import.meta.env.SSR
  ? ({ siteUrl }: PrerenderContext): PrerenderPage[] => [{ path: SEARCH_PATH, head: searchHead(siteUrl) }]
  : undefined;
