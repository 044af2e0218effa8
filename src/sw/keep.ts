import { CacheExpiration } from 'workbox-expiration';
import { CACHES, MAX_STORY_ENTRIES, readableOfflineUrls, storyOfflineUrls } from '@/features/offline/offline-caches';
import { isSlug } from '@/features/stories/slug';
import type { FrontPage, StoryPage } from '@/features/stories/story-schema';
import { frontDataPath } from '@/features/stories/story-urls';
import { dataStrategy, MATCH, strategyFor } from './strategies';

declare const self: ServiceWorkerGlobalScope;

/** The front page's stories are warmed at most this often (while the worker stays alive). */
const WARM_INTERVAL_MS = 10 * 60_000;
/** Requests at a time while warming: the reader's own requests keep most of the connection. */
const WARM_CONCURRENCY = 3;

const absolute = (path: string) => new URL(path, self.location.origin).href;
/** Background requests: the browser lets anything the reader asked for go first. */
const background = (path: string) => new Request(path, { priority: 'low' });

const storyEntries = new CacheExpiration(CACHES.stories, { maxEntries: MAX_STORY_ENTRIES });

/**
 * Keeps a story readable offline: its page and its data, then whatever else its data lists (see
 * storyOfflineUrls). A story kept already is only marked as recently used, so its page and data
 * stay together at the young end of the cache. Never throws: offline or out of space, the story
 * is simply not kept.
 */
export async function keepStory(slug: string, event: ExtendableEvent): Promise<void> {
  if (!isSlug(slug)) return;
  try {
    const [page, data] = readableOfflineUrls(slug);
    const [keptPage, keptData] = await Promise.all([page, data].map((url) => caches.match(url, MATCH)));
    if (keptPage && keptData) {
      await Promise.all([page, data].map((url) => storyEntries.updateTimestamp(absolute(url))));
      return;
    }
    const response = keptData ?? (await dataStrategy.handle({ event, request: background(data) }));
    if (!response.ok) return;
    const story = (await response.clone().json()) as StoryPage;
    for (const url of storyOfflineUrls(story)) {
      if (url === data || (url === page && keptPage) || (await caches.match(url, MATCH))) continue;
      const [, done] = strategyFor(url).handleAll({ event, request: background(url) });
      await done;
    }
  } catch {
    // Offline, out of space, or a damaged file: warming and keeping are a service, never an error.
  }
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function inTurn<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

let warming: Promise<void> | undefined;
let warmedAt = Number.NEGATIVE_INFINITY;

/**
 * Keeps every story of the first front page (the page asks once it has loaded), so a reader who
 * visited once can read today's stories offline, however large the archive.
 */
export function warmFrontPage(event: ExtendableEvent): Promise<void> {
  if (warming) return warming;
  if (Date.now() - warmedAt < WARM_INTERVAL_MS) return Promise.resolve();
  warming = (async () => {
    try {
      const response = await dataStrategy.handle({ event, request: background(frontDataPath(1)) });
      if (!response.ok) return;
      const front = (await response.json()) as FrontPage;
      await inTurn(
        front.stories.map((story) => story.slug),
        WARM_CONCURRENCY,
        (slug) => keepStory(slug, event),
      );
      warmedAt = Date.now();
    } catch {
      // As keepStory: offline or a damaged front page means nothing is warmed this time.
    } finally {
      warming = undefined;
    }
  })();
  return warming;
}
