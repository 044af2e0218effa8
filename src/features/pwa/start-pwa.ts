import { registerServiceWorker } from './register-service-worker';
import { updateAvailable } from './update-available';

/**
 * What the boot script asks of the app's entry once it has arrived: register the service worker
 * once the page has loaded, so the registration competes with neither the first paint nor the
 * app's own code. (Part of the entry's chunk: a file of its own cost every first visit its
 * request and ~0.2 kB more.)
 */
export function startPwa(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    registerServiceWorker(updateAvailable).catch(() => {
      // No service worker (private mode, blocked): the app still works online.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
