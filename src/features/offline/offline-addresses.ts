import { FRONT_DATA_DIR, STORY_DATA_DIR } from '@/features/stories/api/data-files';
import { isSlug } from '@/features/stories/slug';

/*
 * The addresses the service worker treats as the site's pages and data, and what it answers for
 * one it has no copy of while offline. Pure, so it is tested here rather than in a worker.
 */

export type Address = { kind: 'story'; slug: string; data: boolean } | { kind: 'front'; page: number; data: boolean };

const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

function story(slug: string | undefined, data: boolean): Address | undefined {
  return slug !== undefined && isSlug(slug) ? { kind: 'story', slug, data } : undefined;
}

function front(page: string | undefined, data: boolean): Address | undefined {
  return page !== undefined && PAGE_NUMBER.test(page) ? { kind: 'front', page: Number(page), data } : undefined;
}

/** A story or front page, or its data file; undefined for anything else. */
export function siteAddress(path: string): Address | undefined {
  if (path === '/') return { kind: 'front', page: 1, data: false };
  const parts = path.split('/');
  if (parts.length === 3 && parts[1] === 'story') return story(parts[2], false);
  if (parts.length === 3 && parts[1] === 'page') return front(parts[2], false);
  const file = /^\/(.+)\/([^/]+)\.json$/.exec(path);
  if (file?.[1] === STORY_DATA_DIR) return story(file[2], true);
  if (file?.[1] === FRONT_DATA_DIR) return front(file[2], true);
  return undefined;
}

/** What the build says exists: the story index and the number of front pages. */
export type SiteContents = { hasStory: (slug: string) => boolean; pageCount: number };

/**
 * Offline, for an address in no cache: "offline" when the site has that story or front page (it
 * is just not kept here), "not-found" when it has not (as the host would say online).
 */
export function uncachedAnswer(path: string, site: SiteContents): 'offline' | 'not-found' {
  const address = siteAddress(path);
  if (address?.kind === 'story') return site.hasStory(address.slug) ? 'offline' : 'not-found';
  if (address?.kind === 'front') return address.page <= site.pageCount ? 'offline' : 'not-found';
  return 'not-found';
}
