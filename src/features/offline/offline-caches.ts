import { offlinePictureUrls } from '@/features/stories/story-media';
import type { StoryPage } from '@/features/stories/story-schema';
import { storyDataPath, storyPath } from '@/features/stories/story-urls';

/*
 * What the service worker (src/sw) and the page agree on: the caches each fills, the messages
 * the page sends, and which URLs make up a story kept for offline reading. Workbox's precache
 * (the app's shell) has its own name; see the README's "Offline" section for what each keeps.
 */

export const CACHES = {
  /** Story pages, their data, and front pages read or warmed online: bounded, oldest evicted. */
  stories: 'broadsheet-stories',
  /** Stories the reader saved: written by the page, never expired by the worker. */
  saved: 'broadsheet-saved',
  /** The app's code from earlier deploys, for pages cached before an update. */
  assets: 'broadsheet-assets',
  /** Pictures seen online. */
  images: 'broadsheet-images',
} as const;

/** About 200 stories (a page and its data each) plus a few front pages. */
export const MAX_STORY_ENTRIES = 420;
/** About ten deploys' worth of chunks and styles. */
export const MAX_ASSET_ENTRIES = 250;
export const MAX_IMAGE_ENTRIES = 300;

/** What the page asks of the worker. */
export type WorkerMessage =
  | { type: 'SKIP_WAITING' }
  /** Keep the first front page's stories (after the page has loaded, so it never competes). */
  | { type: 'WARM' }
  /** The reader opened this story: keep it. */
  | { type: 'KEEP'; slug: string };

/** A story is readable offline when its page and its data are kept: the first two of its offline URLs. */
export const readableOfflineUrls = (slug: string): [page: string, data: string] => [
  storyPath(slug),
  storyDataPath(slug),
];

/**
 * Every URL kept for reading a story offline, whether warmed, read or saved: its page, its data,
 * and one small file of each of its pictures (offlinePictureUrls). The worker and the Save button
 * both ask here.
 */
export function storyOfflineUrls(page: Pick<StoryPage, 'story'>): string[] {
  return [...readableOfflineUrls(page.story.slug), ...offlinePictureUrls(page.story)];
}

/**
 * The worker's answer for data it has no copy of while the network is unreachable: a status the
 * app treats as a failure (so it offers Retry, not "not found"), with a reason a developer can read.
 */
export const OFFLINE_DATA = { status: 504, statusText: 'Not available offline' } as const;
