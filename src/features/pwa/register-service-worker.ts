import type { WorkerMessage } from '@/features/offline/offline-caches';
import type { Store } from '@/lib/store';
import { SERVICE_WORKER_URL, trustedScriptUrl } from '@/lib/trusted-types';
import type { ApplyUpdate } from './update-available';

type Options = {
  /** Reloads the page; replaced in tests. */
  reload?: () => void;
};

/** The deploy this document came from: its module script (see deployOf in offline-copies). */
const thisDeploy = () => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';

/** Long enough after the page settles that keeping search never competes with reading it. */
const KEEP_SEARCH_AFTER_MS = 3000;

/**
 * A few seconds after a worker controls the page, while online, search is kept for offline use
 * (keep-search-offline.ts, its own small chunk, which fetches only what the caches lack); going
 * offline stops it.
 */
function keepSearchLater(): void {
  const stop = new AbortController();
  window.addEventListener('offline', () => stop.abort(), { once: true });
  setTimeout(() => {
    if (!navigator.onLine) return;
    import('@/features/search/keep-search-offline')
      .then((m) => m.keepSearchForOffline(stop.signal))
      .catch(() => {
        // Best effort: offline search then covers what the reader's own searches fetched.
      });
  }, KEEP_SEARCH_AFTER_MS);
}

/**
 * Once a worker is active: it warms the front page's stories for offline reading (it decides
 * whether they need it), search is kept for offline use, and, online, the saved copies are brought
 * up to date. All of it runs after the page has loaded and never holds it up.
 */
async function afterActivation(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const warm: WorkerMessage = { type: 'WARM' };
  registration.active?.postMessage(warm);
  keepSearchLater();
  if (!navigator.onLine) return;
  // Imported here, not at the top: this module is part of the entry's chunk, and the saved stories'
  // store lives in the shared chunk, which imports the entry's: a static import back would make a
  // cycle between chunks (see tests/build/chunk-graph.test.ts). By now it is in memory anyway.
  const { readSaved } = await import('@/features/saved/saved-store');
  if (readSaved().length === 0) return;
  const copies = await import('@/features/offline/offline-copies');
  await copies.refreshSavedCopies(() => readSaved().map((story) => story.slug), thisDeploy());
}

/** What the worker (src/sw/sw.ts) takes as "activate now". */
export const SKIP_WAITING: WorkerMessage = { type: 'SKIP_WAITING' };

/*
 * With the browser's own API rather than workbox-window: the few lines below are all this app
 * used of it, and it cost every first visit 2.4 kB gzip.
 */

/**
 * Registers the service worker (src/sw, built by vite-plugin-pwa), which keeps the app's shell and,
 * at runtime, the stories read, warmed and saved. A new version never takes over by itself: it
 * waits, `updates` holds the action that activates it (the update prompt offers it), and only the
 * reader's click runs it.
 */
export async function registerServiceWorker(
  updates: Store<ApplyUpdate | null>,
  { reload = () => window.location.reload() }: Options = {},
) {
  if (!('serviceWorker' in navigator)) return undefined;
  const container = navigator.serviceWorker;
  // A TrustedScriptURL where Trusted Types are enforced; register() takes it as a string.
  const registration = await container.register(trustedScriptUrl(SERVICE_WORKER_URL) as string);
  const offer = (worker: ServiceWorker) => {
    updates.set(() => {
      // Reload once the new version controls the page, so the page and its cache agree.
      container.addEventListener('controllerchange', () => reload(), { once: true });
      worker.postMessage(SKIP_WAITING);
    });
  };
  // A new version may have installed while no page was open: it is waiting for this one.
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // The first version (no controller yet) takes over by itself (clientsClaim): nothing to offer.
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
  afterActivation().catch(() => {});
  return registration;
}
