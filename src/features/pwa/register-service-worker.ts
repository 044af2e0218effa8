import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_URL, trustedScriptUrl } from '@/lib/trusted-types';
import { updateAvailable } from './update-available';

type Options = {
  /** Reloads the page; replaced in tests. */
  reload?: () => void;
};

/**
 * Registers the service worker (built by vite-plugin-pwa from Workbox's generateSW), which
 * precaches the app and every page so stories open offline. A new version never takes over by
 * itself: it waits, the reader is offered a reload, and only their click activates it.
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
  return workbox;
}
