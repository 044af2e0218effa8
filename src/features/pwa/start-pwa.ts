import { updateAvailable } from './update-available';

/**
 * What the boot script does for the installable app: register the service worker from its own
 * chunk once the page has loaded, so the registration competes with neither the first paint nor
 * the app's own code.
 */
export function startPwa(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    import('./register-service-worker')
      .then((m) => m.registerServiceWorker(updateAvailable))
      .catch(() => {
        // No service worker (private mode, blocked): the app still works online.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
