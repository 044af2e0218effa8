import { cacheNames } from 'workbox-core';
import { CacheExpiration } from 'workbox-expiration';
import type { PrecacheEntry } from 'workbox-precaching';
import { CACHES, MAX_ASSET_ENTRIES } from '@/features/offline/offline-caches';

declare const self: ServiceWorkerGlobalScope;

/** The app's hashed code and styles (not pictures, which have their own cache). */
export const isAssetPath = (path: string) => /^\/assets\/[^/]+\.(?:js|css)$/.test(path);

/**
 * Across a deploy: pages the reader keeps (read, warmed or saved) name the chunks of the deploy
 * they came from, which the new precache drops when it activates. While the new version installs,
 * the chunks and styles it no longer lists are moved to a bounded cache (served by the asset
 * route), so those pages still hydrate, online or offline. Best effort: out of space, the
 * pages still read as plain HTML.
 */
export async function keepEarlierAssets(manifest: readonly (PrecacheEntry | string)[]): Promise<void> {
  try {
    const current = new Set(
      manifest.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.origin).pathname),
    );
    if (!(await caches.has(cacheNames.precache))) return;
    const precache = await caches.open(cacheNames.precache);
    const earlier = (await precache.keys()).filter((request) => {
      const { pathname } = new URL(request.url);
      return isAssetPath(pathname) && !current.has(pathname);
    });
    if (earlier.length === 0) return;
    const kept = await caches.open(CACHES.assets);
    const expiration = new CacheExpiration(CACHES.assets, { maxEntries: MAX_ASSET_ENTRIES });
    for (const request of earlier) {
      const response = await precache.match(request);
      if (!response) continue;
      // Workbox keys a revisioned entry with ?__WB_REVISION__=…; pages ask for the plain URL.
      const url = new URL(request.url);
      url.search = '';
      await kept.put(url.href, response);
      await expiration.updateTimestamp(url.href);
    }
    await expiration.expireEntries();
  } catch {
    // Out of space: the earlier pages lose their scripts, not their text.
  }
}
