let started = false;

/**
 * Registers the service worker from its own chunk once the page has loaded (called by the PWA
 * notices island, after hydration), so neither workbox-window nor the registration competes with
 * the first paint. (The install offer is caught earlier still, by the boot script.)
 */
export function startPwa(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const register = () => {
    import('./register-service-worker')
      .then((m) => m.registerServiceWorker())
      .catch(() => {
        // No service worker (private mode, blocked): the app still works online.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
