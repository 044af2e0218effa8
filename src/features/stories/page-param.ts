// Apart from story-urls.ts, which the app's entry carries: only the paged routes need it.
/**
 * The page number of a paged list from its URL: none is page 1, `2` and on are later pages.
 * Anything else — `1` (page 1 has the shorter address), `0`, `02`, words — is not a page
 * (NaN), as the host, which has no file for it, agrees.
 */
export function parsePageParam(value: string | undefined): number {
  if (value === undefined) return 1;
  return /^[1-9][0-9]{0,5}$/.test(value) && value !== '1' ? Number(value) : Number.NaN;
}
