import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache } from 'workbox-precaching';
import { CacheFirst, NetworkFirst, type Strategy } from 'workbox-strategies';
import { type SiteContents, siteAddress, uncachedAnswer } from '@/features/offline/offline-addresses';
import {
  CACHES,
  MAX_ASSET_ENTRIES,
  MAX_IMAGE_ENTRIES,
  MAX_STORY_ENTRIES,
  OFFLINE_DATA,
} from '@/features/offline/offline-caches';
import { readStoryIndex, STORY_INDEX_FILE, type StoryIndex } from '@/features/offline/story-index';
import { picturePrefix } from '@/features/stories/story-media';
import type { FrontPage } from '@/features/stories/story-schema';
import { frontDataPath } from '@/features/stories/story-urls';

/** Online, a page or its data waits this long for the network before a kept copy answers. */
const NETWORK_TIMEOUT_SECONDS = 3;

/** `vite preview` (and some hosts) send `Vary: Origin`, which would hide a copy from a later request. */
export const MATCH: CacheQueryOptions = { ignoreVary: true };

let contents: Promise<SiteContents> | undefined;

/** What this deploy's build says exists (read once from the precache); unknown means "offline". */
function siteContents(): Promise<SiteContents> {
  contents ??= (async () => {
    const [index, front] = await Promise.all([
      matchPrecache(`/${STORY_INDEX_FILE}`).then((r) => r?.json() as Promise<StoryIndex> | undefined),
      matchPrecache(frontDataPath(1)).then((r) => r?.json() as Promise<FrontPage> | undefined),
    ]);
    if (!index || !front) throw new Error('The precache has no story index or front page');
    return { hasStory: readStoryIndex(index), pageCount: front.pageCount };
  })().catch(() => {
    contents = undefined;
    return { hasStory: () => true, pageCount: Number.POSITIVE_INFINITY };
  });
  return contents;
}

const pathOf = (request: Request) => new URL(request.url).pathname;

/** The precached file that is this page, if any: `/` is index.html, `/saved` saved.html. */
const precachedPage = (path: string) => matchPrecache(path === '/' ? '/index.html' : `${path}.html`);

/** When the server sent a response (its Date header), 0 if it does not say. */
const sentAt = (response: Response) => Date.parse(response.headers.get('date') ?? '') || 0;

/**
 * Without the network (offline, or too slow), the newest copy answers: the one kept from reading,
 * or the saved one (refreshed from each new deploy while the reader is online).
 */
const savedCopies: WorkboxPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse, request }) {
    const saved = await caches.match(request.url, { ...MATCH, cacheName: CACHES.saved });
    if (!cachedResponse || !saved) return cachedResponse ?? saved ?? null;
    return sentAt(saved) > sentAt(cachedResponse) ? saved : cachedResponse;
  },
};

/**
 * No network and no copy of a page: its precached file (the front page, Saved, …), else the
 * "Not available offline" page for a story or front page the site has, else "Story not found".
 */
const pageFallback: WorkboxPlugin = {
  async handlerDidError({ request }) {
    const path = pathOf(request);
    const own = await precachedPage(path);
    if (own) return own;
    const answer = uncachedAnswer(path, await siteContents());
    return (await matchPrecache(answer === 'offline' ? '/offline.html' : '/404.html')) ?? Response.error();
  },
};

/** No network and no copy of a data file: "not available offline" (a failure, with Retry) or a 404. */
const dataFallback: WorkboxPlugin = {
  async handlerDidError({ request }) {
    const path = pathOf(request);
    const precached = await matchPrecache(path);
    if (precached) return precached;
    const offline = uncachedAnswer(path, await siteContents()) === 'offline';
    return new Response(offline ? OFFLINE_DATA.statusText : 'Not found', {
      ...(offline ? OFFLINE_DATA : { status: 404, statusText: 'Not Found' }),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  },
};

/** Pages and data share one cache and one limit, so a story's two files age together. */
const storyExpiration = new ExpirationPlugin({ maxEntries: MAX_STORY_ENTRIES, purgeOnQuotaError: true });

/** Story and front pages: the network first (news gets corrected), a kept copy offline. */
export const pageStrategy = new NetworkFirst({
  cacheName: CACHES.stories,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  matchOptions: MATCH,
  plugins: [storyExpiration, savedCopies, pageFallback],
});

/** Story and front-page data: as the pages. */
export const dataStrategy = new NetworkFirst({
  cacheName: CACHES.stories,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  matchOptions: MATCH,
  plugins: [storyExpiration, savedCopies, dataFallback],
});

/** Hashed chunks and styles that are not (or no longer) precached: file names never change content. */
export const assetStrategy = new CacheFirst({
  cacheName: CACHES.assets,
  matchOptions: MATCH,
  plugins: [new ExpirationPlugin({ maxEntries: MAX_ASSET_ENTRIES, purgeOnQuotaError: true })],
});

/**
 * A picture not in the image cache: the saved copy of that file, and when the network cannot
 * help either (offline), any variant of the same picture that a cache holds — a story keeps one
 * small file of each picture (offlinePictureUrls), whatever width and format the page asks for.
 */
const pictureStandIn: WorkboxPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse, request }) {
    return cachedResponse ?? (await caches.match(request.url, { ...MATCH, cacheName: CACHES.saved })) ?? null;
  },
  async handlerDidError({ request }) {
    const prefix = picturePrefix(new URL(request.url).pathname);
    if (!prefix) return undefined;
    for (const name of [CACHES.images, CACHES.saved]) {
      const cache = await caches.open(name);
      const kept = (await cache.keys()).find((key) => new URL(key.url).pathname.startsWith(prefix));
      if (kept) return (await cache.match(kept, MATCH)) ?? undefined;
    }
    return undefined;
  },
};

/** Pictures: once seen, kept (the oldest go first). */
export const imageStrategy = new CacheFirst({
  cacheName: CACHES.images,
  matchOptions: MATCH,
  plugins: [new ExpirationPlugin({ maxEntries: MAX_IMAGE_ENTRIES, purgeOnQuotaError: true }), pictureStandIn],
});

/** The strategy that keeps one of a story's offline URLs (its page, its data, or a picture). */
export function strategyFor(path: string): Strategy {
  const address = siteAddress(path);
  if (!address) return imageStrategy;
  return address.data ? dataStrategy : pageStrategy;
}
