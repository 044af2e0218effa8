import type { Store } from '@/lib/store';
import { SERVICE_WORKER_URL, trustedScriptUrl } from '@/lib/trusted-types';
import type { ApplyUpdate } from './update-available';

type Options = {
  /** Reloads the page; replaced in tests. */
  reload?: () => void;
};

/** What the generated service worker (Workbox's generateSW) takes as "activate now". */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/*
 * With the browser's own API rather than workbox-window: the few lines below are all this app
 * used of it, and it cost every first visit 2.4 kB gzip.
 */

/**
 * Registers the service worker (built by vite-plugin-pwa from Workbox's generateSW), which
 * precaches the app and every page so stories open offline. A new version never takes over by
 * itself: it waits, `updates` holds the action that activates it (the update prompt offers it),
 * and only the reader's click runs it.
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
  return registration;
}
