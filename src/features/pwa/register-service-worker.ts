import { Workbox } from 'workbox-window';
import type { WorkerMessage } from '@/features/offline/offline-caches';
import { readSaved } from '@/features/saved/saved-store';
import { SERVICE_WORKER_URL, trustedScriptUrl } from '@/lib/trusted-types';
import { updateAvailable } from './update-available';

type Options = {
  /** Reloads the page; replaced in tests. */
  reload?: () => void;
};

/** The deploy this document came from: its module script (see deployOf in offline-copies). */
const thisDeploy = () => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';

/**
 * Once a worker is active: it warms the front page's stories for offline reading (it decides
 * whether they need it), and, online, the saved copies are brought up to date. Both run after
 * the page has loaded and never hold it up.
 */
async function afterActivation(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const warm: WorkerMessage = { type: 'WARM' };
  registration.active?.postMessage(warm);
  if (!navigator.onLine || readSaved().length === 0) return;
  const copies = await import('@/features/offline/offline-copies');
  await copies.refreshSavedCopies(() => readSaved().map((story) => story.slug), thisDeploy());
}

/**
 * Registers the service worker (src/sw, built by vite-plugin-pwa), which keeps the app's shell and,
 * at runtime, the stories read, warmed and saved. A new version never takes over by itself: it
 * waits, the reader is offered a reload, and only their click activates it.
 */
export async function registerServiceWorker({ reload = () => window.location.reload() }: Options = {}) {
  if (!('serviceWorker' in navigator)) return undefined;
  const workbox = new Workbox(trustedScriptUrl(SERVICE_WORKER_URL));
  workbox.addEventListener('waiting', () => {
    updateAvailable.set(() => {
      // Reload once the new version controls the page, so the page and its cache agree.
      workbox.addEventListener('controlling', () => reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register({ immediate: true });
  afterActivation().catch(() => {});
  return workbox;
}
