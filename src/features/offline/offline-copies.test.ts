import { FakeCacheStorage } from '@tests/support/fake-caches';
import { storyPage } from '@tests/support/stories';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_CACHES } from '@/features/search/search-files';
import { CACHES } from './offline-caches';
import {
  deployOf,
  dropOffline,
  isAvailableOffline,
  keepOffline,
  refreshSavedCopies,
  removeOfflineCopies,
  SAVED_COPY_MAX_AGE_MS,
} from './offline-copies';

const page = (slug: string, deploy = '/assets/index-old.js') =>
  `<!doctype html><script type="module" fetchpriority="low" src="${deploy}"></script><h1>${slug}</h1>`;
const data = (slug: string) => JSON.stringify(storyPage(slug));

let storage: FakeCacheStorage;
/** What the network serves: a story's page and data, by path. */
let network: Map<string, string>;
const fetch = vi.fn(async (url: string) => {
  const body = network.get(url);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': url.endsWith('.json') ? 'application/json' : 'text/html' } });
});

/** The network serves these stories' pages (from `deploy`) and data. */
function onTheNetwork(slugs: readonly string[], deploy?: string) {
  for (const slug of slugs) {
    network.set(`/story/${slug}`, page(slug, deploy));
    network.set(`/data/stories/${slug}.json`, data(slug));
  }
}

/** A story the service worker kept after the reader opened it. */
async function readEarlier(slug: string) {
  await storage.keep(CACHES.stories, `/story/${slug}`, page(slug));
  await storage.keep(CACHES.stories, `/data/stories/${slug}.json`, data(slug), 'application/json');
}

beforeEach(() => {
  storage = new FakeCacheStorage();
  network = new Map();
  vi.stubGlobal('caches', storage);
  vi.stubGlobal('fetch', fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetch.mockClear();
});

describe('keeping a saved story offline', () => {
  it('copies the page and data the reader already has, without the network', async () => {
    await readEarlier('a-story');
    expect(await keepOffline('a-story')).toBe('kept');
    expect(storage.paths(CACHES.saved)).toEqual(['/data/stories/a-story.json', '/story/a-story']);
    expect(fetch).not.toHaveBeenCalled();
    // The copy survives the runtime cache (which the worker may purge at any time).
    await storage.delete(CACHES.stories);
    expect(await isAvailableOffline('a-story')).toBe(true);
  });

  it('fetches what this device does not have', async () => {
    onTheNetwork(['far-away']);
    expect(await keepOffline('far-away')).toBe('kept');
    expect(await (await storage.match('/story/far-away'))?.text()).toContain('<h1>far-away</h1>');
  });

  it('makes room by dropping the older half of the stories kept from reading', async () => {
    for (const slug of ['one', 'two', 'three', 'four']) await readEarlier(slug);
    storage.quota = storage.used() + 100;
    onTheNetwork(['new-one']);
    expect(await keepOffline('new-one')).toBe('kept');
    expect(storage.paths(CACHES.stories)).toEqual([
      '/data/stories/four.json',
      '/data/stories/three.json',
      '/story/four',
      '/story/three',
    ]);
  });

  it('says there is no room when even that is not enough, and keeps nothing half-saved', async () => {
    storage.quota = 300;
    onTheNetwork(['too-big']);
    expect(await keepOffline('too-big')).toBe('no-space');
    expect(storage.paths(CACHES.saved)).toEqual([]);
  });

  it('says it cannot, without throwing, when the story is neither here nor reachable', async () => {
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await keepOffline('unreachable')).toBe('unavailable');
    vi.stubGlobal('caches', undefined);
    expect(await keepOffline('unreachable')).toBe('unavailable');
    expect(await isAvailableOffline('unreachable')).toBe(false);
  });

  it('asks the browser to keep its storage, unless it already does', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, onLine: true, storage: { persist, persisted } });
    await readEarlier('a-story');
    await keepOffline('a-story');
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    persisted.mockResolvedValue(true);
    await keepOffline('a-story');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(persist).toHaveBeenCalledOnce();
  });

  it('removes the copy when the story is unsaved', async () => {
    await readEarlier('a-story');
    await keepOffline('a-story');
    await storage.delete(CACHES.stories);
    await dropOffline('a-story');
    expect(storage.paths(CACHES.saved)).toEqual([]);
    expect(await isAvailableOffline('a-story')).toBe(false);
  });
});

describe('whether a story opens offline', () => {
  it('needs both its page and its data', async () => {
    await storage.keep(CACHES.stories, '/data/stories/half.json', data('half'), 'application/json');
    expect(await isAvailableOffline('half')).toBe(false);
    await storage.keep(CACHES.stories, '/story/half', page('half'));
    expect(await isAvailableOffline('half')).toBe(true);
  });
});

describe('refreshing saved copies online', () => {
  it('fetches copies from an earlier deploy, leaves current ones, and removes stories no longer saved', async () => {
    for (const slug of ['current', 'earlier', 'unsaved']) {
      await readEarlier(slug);
      await keepOffline(slug);
    }
    const current = '/assets/index-new.js';
    // `current` was saved under this deploy; the others under the earlier one.
    await storage.keep(CACHES.stories, '/story/current', page('current', current));
    await dropOffline('current');
    await keepOffline('current');
    for (const slug of ['current', 'earlier']) {
      network.set(`/story/${slug}`, page(`${slug} (corrected)`, current));
      network.set(`/data/stories/${slug}.json`, data(slug));
    }
    fetch.mockClear();

    await refreshSavedCopies(() => ['current', 'earlier'], current);
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual(['/data/stories/earlier.json', '/story/earlier']);
    expect(await (await storage.match('/story/earlier', { cacheName: CACHES.saved }))?.text()).toContain('corrected');
    expect(storage.paths(CACHES.saved)).toEqual([
      '/data/stories/current.json',
      '/data/stories/earlier.json',
      '/story/current',
      '/story/earlier',
    ]);
  });

  it('fetches copies older than an hour, and makes the copy of a story saved before copies existed', async () => {
    await readEarlier('old');
    await keepOffline('old');
    onTheNetwork(['old', 'listed-only']);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + SAVED_COPY_MAX_AGE_MS + 1);
    fetch.mockClear();
    await refreshSavedCopies(() => ['old', 'listed-only'], '/assets/index-old.js');
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      '/data/stories/listed-only.json',
      '/data/stories/old.json',
      '/story/listed-only',
      '/story/old',
    ]);
    expect(await isAvailableOffline('listed-only')).toBe(true);
    vi.restoreAllMocks();
  });
});

describe('removing everything', () => {
  it('empties every cache of stories and of search, and leaves the app shell alone', async () => {
    await readEarlier('a-story');
    await keepOffline('a-story');
    await storage.keep(SEARCH_CACHES.index.name, '/pagefind/index/en_1.pf_index', 'index');
    await storage.keep(SEARCH_CACHES.code.name, '/pagefind/pagefind.js', 'engine');
    await storage.keep('workbox-precache-v2-test', '/index.html', '<h1>Front</h1>');
    await removeOfflineCopies();
    expect(await storage.keys()).toEqual(['workbox-precache-v2-test']);
  });
});

describe('the deploy a page came from', () => {
  it('is named by its module script', () => {
    expect(deployOf(page('a', '/assets/index-abc.js'))).toBe('/assets/index-abc.js');
    expect(deployOf('<p>no script</p>')).toBe('');
  });
});
