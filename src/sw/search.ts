import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { SEARCH_CACHES, withoutQuery } from '@/features/search/search-files';

/*
 * Search's files (/pagefind/**), which the precache never lists (about 60 MB of index at 10,000
 * stories): kept as searches and the offline warm-up (keep-search-offline.ts) fetch them, within
 * the limits of search-files.ts. Hashed index files from the cache first; the few unhashed ones
 * (the engine, its WebAssembly, the entry file naming the current index) from the network when it
 * answers, so a deploy is picked up at once, and from the cache when it does not.
 */
export function registerSearchRoutes(): void {
  const { index, code } = SEARCH_CACHES;
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && index.urlPattern.test(url.href),
    new CacheFirst({
      cacheName: index.name,
      plugins: [
        new ExpirationPlugin({
          maxEntries: index.maxEntries,
          maxAgeSeconds: index.maxAgeSeconds,
          purgeOnQuotaError: true,
        }),
      ],
    }),
  );
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && code.urlPattern.test(url.href),
    new NetworkFirst({
      cacheName: code.name,
      networkTimeoutSeconds: code.networkTimeoutSeconds,
      plugins: [new ExpirationPlugin({ maxEntries: code.maxEntries, purgeOnQuotaError: true }), withoutQuery],
    }),
  );
}
