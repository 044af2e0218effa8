import { queryOptions } from '@tanstack/react-query';

/**
 * Seeded only into the prerendered "Not available offline" page (offline.html), which the
 * service worker serves, offline, for a story or front page it has no copy of. Like the 404
 * page, that document stands in for the page at its URL, so the app renders the stand-in route
 * there; this query tells that route which of the two stand-ins it is, on the server and in the
 * browser alike. Nothing ever fetches it.
 */
export const offlineStandInQueryOptions = queryOptions({
  queryKey: ['offline', 'stand-in'] as const,
  queryFn: () => false,
  staleTime: Number.POSITIVE_INFINITY,
});
