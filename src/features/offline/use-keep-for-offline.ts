import { useEffect } from 'react';
import type { WorkerMessage } from './offline-caches';

/**
 * Asks the service worker to keep the story on screen (its page and its data), so what the reader
 * opened online opens offline later. Reached inside the app, a story's page was never requested;
 * the worker fetches what it lacks in the background. Without a worker, nothing happens.
 */
export function useKeepForOffline(slug: string): void {
  useEffect(() => {
    const message: WorkerMessage = { type: 'KEEP', slug };
    navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage(message)).catch(() => {});
  }, [slug]);
}
