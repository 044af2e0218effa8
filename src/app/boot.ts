/*
 * The page's only script tag, and the one place that decides what a page loads on its own. A
 * prerendered page is complete without JavaScript, so the app — React, the router, the query
 * cache, this page's route (~95 kB gzip) — is fetched only once the browser reports the first
 * contentful paint: on a slow connection it then neither competes with the HTML and CSS nor, in
 * any model of a slow phone, sits on the paint's critical path. The page names its chunks
 * (src/lib/route-chunks.ts); they are preloaded together, so none waits for another. Once the
 * app's code has arrived (and the page has loaded) the service worker is registered: its install
 * downloads the app's shell for offline reading, which must not compete with the app. Everything else
 * waits for the reader (a route on intent, an island on its trigger). tests/support/first-load.ts
 * counts exactly this set, and a browser test checks that Chromium downloads no more.
 */
import { captureInstallPrompt } from '@/features/pwa/install-prompt';
import { holdEarlyClicks } from '@/lib/early-clicks';
import { afterFirstPaint } from '@/lib/first-paint';
import { ROUTE_CHUNKS_META } from '@/lib/route-chunks';

function startApp(): Promise<typeof import('./entry-client') | undefined> {
  const names = document.querySelector<HTMLMetaElement>(`meta[name="${ROUTE_CHUNKS_META}"]`)?.content ?? '';
  for (const href of names.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return import('./entry-client').catch(() => {
    // The page stays as served: complete, its links ordinary links.
    return undefined;
  });
}

// Chromium may offer installation before the app has downloaded: keep the offer for the button.
captureInstallPrompt();
// A click on a story link before the app is ready is replayed by the router, not a page load.
holdEarlyClicks();
// The service worker is registered by the app's entry once the page has loaded (see start-pwa.ts).
afterFirstPaint(() => void startApp().then((entry) => entry?.startPwa()));
