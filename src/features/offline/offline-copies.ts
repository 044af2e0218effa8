import { SEARCH_CACHES } from '@/features/search/search-files';
import type { StoryPage } from '../stories/story-schema';
import { CACHES, readableOfflineUrls, storyOfflineUrls } from './offline-caches';

/*
 * The page's side of offline reading: the copies of saved stories (a cache the service worker
 * never expires), whether a story can be read offline, and the space it all takes. Loaded on
 * demand: by the Save button, the Saved page, and the offline marks when the browser is offline.
 */

export type KeepResult = 'kept' | 'no-space' | 'unavailable';

const MATCH: CacheQueryOptions = { ignoreVary: true };
/** When a saved copy was made, and the deploy (its page's module script) it belongs to. */
const SAVED_AT = 'x-broadsheet-saved-at';
const SAVED_DEPLOY = 'x-broadsheet-deploy';
/** Saved copies older than this are fetched again when the reader is online. */
export const SAVED_COPY_MAX_AGE_MS = 60 * 60_000;

/** Cache Storage, where the browser gives it to this page (not in insecure contexts, nor in some private modes). */
function cacheStorage(): CacheStorage | undefined {
  try {
    return typeof caches === 'undefined' ? undefined : caches;
  } catch {
    return undefined;
  }
}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** The module script a page loads: it names the deploy the page came from. */
export function deployOf(html: string): string {
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** A story file: a kept copy (read or warmed) when `fresh` is false and there is one, else the network's. */
async function copyOf(url: string, fresh: boolean): Promise<Response> {
  const kept = fresh ? undefined : await caches.match(url, MATCH);
  const response = kept ?? (await fetch(url, { cache: fresh ? 'no-cache' : 'default', credentials: 'same-origin' }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** Puts every file of a story in the saved cache, stamped; all or nothing. */
async function putSaved(slug: string, fresh: boolean): Promise<void> {
  const [page, data] = readableOfflineUrls(slug);
  const dataResponse = await copyOf(data, fresh);
  const urls = storyOfflineUrls((await dataResponse.clone().json()) as StoryPage);
  const bodies = await Promise.all(
    urls.map(async (url) => {
      const response = url === data ? dataResponse : await copyOf(url, fresh);
      return { url, response, body: await response.blob() };
    }),
  );
  const pageBody = bodies.find((file) => file.url === page)?.body;
  const deploy = pageBody ? deployOf(await pageBody.text()) : '';
  const saved = await caches.open(CACHES.saved);
  try {
    for (const { url, response, body } of bodies) {
      // A fresh Response: a redirected one cannot answer a navigation, and this one carries the stamps.
      const headers = new Headers(response.headers);
      headers.set(SAVED_AT, String(Date.now()));
      headers.set(SAVED_DEPLOY, deploy);
      await saved.put(url, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    }
  } catch (error) {
    await Promise.all(urls.map((url) => saved.delete(url, MATCH)));
    throw error;
  }
}

/** Room for a saved story: the older half of the stories kept from reading and warming go first. */
async function makeRoom(): Promise<void> {
  if (!(await caches.has(CACHES.stories))) return;
  const cache = await caches.open(CACHES.stories);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.ceil(keys.length / 2)).map((key) => cache.delete(key)));
}

/**
 * Saving asks the browser to keep Broadsheet's storage even when space runs low, until it has:
 * Chromium decides by itself, Firefox asks the reader once and remembers the answer.
 */
async function askToPersist(): Promise<void> {
  if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
  await navigator.storage.persist();
}

/** Keeps a saved story on this device for offline reading. Never throws. */
export async function keepOffline(slug: string): Promise<KeepResult> {
  if (!cacheStorage()) return 'unavailable';
  askToPersist().catch(() => {});
  try {
    await putSaved(slug, false);
    return 'kept';
  } catch (error) {
    if (!isQuotaError(error)) return 'unavailable';
  }
  try {
    await makeRoom();
    await putSaved(slug, false);
    return 'kept';
  } catch (error) {
    return isQuotaError(error) ? 'no-space' : 'unavailable';
  }
}

/** The URLs a saved story keeps (its data lists its pictures); the readable two if that is gone. */
async function savedUrls(saved: Cache, slug: string): Promise<string[]> {
  const data = await saved.match(readableOfflineUrls(slug)[1], MATCH);
  try {
    if (data) return [...new Set([...readableOfflineUrls(slug), ...storyOfflineUrls(await data.json())])];
  } catch {
    // A damaged copy: remove what is certainly there.
  }
  return readableOfflineUrls(slug);
}

/** Removes a story's saved copy (a copy kept from reading stays until it ages out). Never throws. */
export async function dropOffline(slug: string): Promise<void> {
  if (!cacheStorage() || !(await caches.has(CACHES.saved))) return;
  try {
    const saved = await caches.open(CACHES.saved);
    await Promise.all((await savedUrls(saved, slug)).map((url) => saved.delete(url, MATCH)));
  } catch {
    // Nothing more to do: the list no longer names it, and a refresh removes strays.
  }
}

/** Whether a story opens offline here: its page and its data are in some cache. */
export async function isAvailableOffline(slug: string): Promise<boolean> {
  if (!cacheStorage()) return false;
  const copies = await Promise.all(readableOfflineUrls(slug).map((url) => caches.match(url, MATCH)));
  return copies.every(Boolean);
}

/**
 * Online, brings the saved copies up to date: a story saved before its copy could be made, a
 * copy from an earlier deploy or older than an hour is fetched again (revalidated, so an
 * unchanged story costs a few hundred bytes); copies of stories no longer saved are removed.
 * `savedSlugs` is read when needed, so a story saved meanwhile is never taken for a stray.
 */
export async function refreshSavedCopies(savedSlugs: () => readonly string[], deploy: string): Promise<void> {
  if (!cacheStorage()) return;
  try {
    const saved = await caches.open(CACHES.saved);
    for (const slug of savedSlugs()) {
      const page = await saved.match(readableOfflineUrls(slug)[0], MATCH);
      const age = Date.now() - Number(page?.headers.get(SAVED_AT) ?? 0);
      if (page && age < SAVED_COPY_MAX_AGE_MS && page.headers.get(SAVED_DEPLOY) === deploy) continue;
      if (!navigator.onLine) return;
      await putSaved(slug, true).catch(() => {});
    }
    const wanted = new Set<string>();
    for (const slug of savedSlugs()) {
      for (const url of await savedUrls(saved, slug)) wanted.add(new URL(url, window.location.href).href);
    }
    for (const request of await saved.keys()) if (!wanted.has(request.url)) await saved.delete(request, MATCH);
  } catch {
    // Refreshing is upkeep: the copies that are there still open.
  }
}

export type StorageUse = { usage?: number; persisted?: boolean };

/** How much this site stores on the device, and whether the browser promised to keep it. */
export async function storageUse(): Promise<StorageUse> {
  try {
    const [estimate, persisted] = await Promise.all([
      navigator.storage?.estimate?.(),
      navigator.storage?.persisted?.() ?? Promise.resolve(undefined),
    ]);
    return { usage: estimate?.usage, persisted };
  } catch {
    return {};
  }
}

/**
 * Removes every story kept on this device (saved, read, warmed), the code of earlier deploys, and
 * what search kept for offline use (its engine and index files).
 */
export async function removeOfflineCopies(): Promise<void> {
  if (!cacheStorage()) return;
  const names = [...Object.values(CACHES), SEARCH_CACHES.index.name, SEARCH_CACHES.code.name];
  await Promise.all(names.map((name) => caches.delete(name)));
}
