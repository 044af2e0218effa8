import '@/styles/global.css';
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { readPageState } from '@/lib/page-state';
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
  const route = notFoundPath ? notFoundRoute : matchAppRoute(window.location.pathname).route;
  await route.load().catch(() => {
    // Hydration then shows the app's "couldn't load" page with a Reload button.
  });
  hydrateRoot(container, app, rootOptions);
}

const container = document.getElementById('root');
if (container) void start(container);
