import { captureInstallPrompt } from './install-prompt';

/**
 * What the entry does for the installable app: catch an early install offer now (a few hundred
 * bytes), and register the service worker from its own chunk once the page has loaded, so
 * neither workbox-window nor the registration competes with the first paint.
 */
export function startPwa(): void {
  captureInstallPrompt();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
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
