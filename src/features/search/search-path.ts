/** The search page's path: where the header's search form submits (`/search?q=…`). */
export const SEARCH_PATH = '/search';

/** The search page's address for a query (the query travels only as an encoded URL parameter). */
export function searchPath(query: string): string {
  const q = query.trim();
  return q === '' ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q })}`;
}
