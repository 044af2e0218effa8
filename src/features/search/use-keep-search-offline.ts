import { useEffect } from 'react';

/** Long enough after the page settles that keeping search never competes with reading it. */
const AFTER_MS = 3000;

/**
 * After a visit, search should work offline too. A few seconds after a service worker controls
 * the page, while online and idle, this keeps what search needs (keep-search-offline.ts, its own
 * small chunk); going offline stops it. Called by the header's search form, on every page.
 */
export function useKeepSearchOffline(): void {
  useEffect(() => {
    const worker = navigator.serviceWorker;
    if (!worker) return;
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      if (!worker.controller) return;
      timer = setTimeout(() => {
        if (!navigator.onLine) return;
        import('./keep-search-offline')
          .then((m) => m.keepSearchForOffline(stop.signal))
          .catch(() => {
            // Best effort: offline search then covers what the reader's own searches fetched.
          });
      }, AFTER_MS);
    };
    if (worker.controller) start();
    else worker.addEventListener('controllerchange', start, { once: true });
    window.addEventListener('offline', () => stop.abort(), { signal: stop.signal });
    return () => {
      clearTimeout(timer);
      worker.removeEventListener('controllerchange', start);
      stop.abort();
    };
  }, []);
}
