/*
 * The page's only script tag. A prerendered page is complete without JavaScript, so the app
 * (React, the router, the query cache: ~95 kB gzip) is fetched once the first frame has been
 * painted: on a slow connection it then neither competes with the HTML and CSS for bandwidth nor
 * delays the text. The route chunks the page names are preloaded at the same moment.
 */
import { captureInstallPrompt } from '@/features/pwa/install-prompt';
import { holdEarlyClicks } from '@/lib/early-clicks';
import { ROUTE_CHUNKS_META } from '@/lib/route-chunks';

function start(): void {
  const names = document.querySelector<HTMLMetaElement>(`meta[name="${ROUTE_CHUNKS_META}"]`)?.content ?? '';
  for (const href of names.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  void import('./entry-client');
}

// Chromium may offer installation before the app has downloaded: keep the offer for the button.
captureInstallPrompt();
// A click on a story link before the app is ready is replayed by the router, not a page load.
holdEarlyClicks();

// A task queued from a frame callback runs after that frame is painted. A hidden tab paints
// nothing (and runs no frame callbacks), so it starts at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
