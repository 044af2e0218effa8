// Imported here, not from global.css: a CSS @import is inlined without passing the build's
// transforms, and fonts.css has its fallback faces written in by one (src/build/fonts-plugin.ts).
import '@/styles/fonts.css';
import '@/styles/global.css';
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { readPageState } from '@/lib/page-state';

export { startPwa } from '@/features/pwa/start-pwa';

import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import { matchAppRoute, notFoundRoute } from './routes';

/**
 * An error a boundary caught is already shown to the reader (with Retry) and logged by that
 * boundary as a warning; React would log it again as an error, though nothing went unhandled.
 */
const rootOptions = { onCaughtError: () => {} };

async function start(container: HTMLElement): Promise<void> {
  const state = readPageState(document);
  const queryClient = createQueryClient();
  const notFoundPath = state?.notFound ? window.location.pathname : undefined;
  // Navigations are ordinary (synchronous) updates, not transitions: a click on a prefetched
  // story paints the new page in the very next frame, where a transition would render it in
  // slices over several; one not prefetched shows "Loading…" at once instead of nothing.
  const app = (
    <StrictMode>
      <BrowserRouter useTransitions={false}>
        <App queryClient={queryClient} notFoundPath={notFoundPath} />
      </BrowserRouter>
    </StrictMode>
  );

  if (!state) {
    // No prerendered page (the dev server): render from scratch.
    createRoot(container, rootOptions).render(app);
    return;
  }
  hydrate(queryClient, state.queries);
  // Load this page's route code first, so hydration finds the page ready and never suspends.
  const { route, params } = notFoundPath
    ? { route: notFoundRoute, params: {} }
    : matchAppRoute(window.location.pathname);
  let module: Awaited<ReturnType<typeof route.load>>;
  try {
    module = await route.load();
  } catch {
    // The code is gone (a page kept from an earlier deploy) or did not arrive: the prerendered
    // page stays as it is, complete and readable, its links ordinary links; better than an error.
    return;
  }
  // Its data is in the cache already; the loader adds the code the page renders lazily (a story's
  // rich text), which the page named, so the boot script has fetched it with the app.
  await module.loader?.({ queryClient, params }).catch(() => {});
  hydrateRoot(container, app, rootOptions);
}

const container = document.getElementById('root');
if (container) void start(container);
