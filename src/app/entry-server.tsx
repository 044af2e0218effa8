import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { HeadData } from '@/lib/head';
import { loadEverything } from '@/lib/lazy';
import type { PageState } from '@/lib/page-state';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import type { PrerenderContext, PrerenderPage } from './route-module';
import { appRoutes } from './routes';

export type PrerenderedPage = {
  /** The page's URL path. */
  path: string;
  /** The file the host serves for this page, e.g. `story/<slug>.html`. */
  fileName: string;
  appHtml: string;
  state: PageState;
  head: HeadData;
  /**
   * The modules whose chunks the page needs to hydrate, preloaded by the prerendered HTML: its
   * route module first, then any lazy module the page renders (see PrerenderPage.modules).
   */
  modules: readonly string[];
};

async function renderApp(url: string, queryClient: QueryClient): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouter location={url}>
        <App queryClient={queryClient} />
      </StaticRouter>
    </StrictMode>,
    {
      // React outlines large Suspense boundaries behind inline scripts (which the CSP forbids);
      // a static page is written whole.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        throw error;
      },
    },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The file name a static host (and `vite preview`, and the service worker) serves for a path. */
export function fileNameFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

async function renderPage(page: PrerenderPage, routeModule: string): Promise<PrerenderedPage> {
  const queryClient = createQueryClient();
  page.seed?.(queryClient);
  const appHtml = await renderApp(page.path, queryClient);
  const state: PageState = { queries: dehydrate(queryClient), ...(page.notFound ? { notFound: true } : {}) };
  queryClient.clear();
  return {
    path: page.path,
    fileName: page.file ?? fileNameFor(page.path),
    appHtml,
    state,
    head: page.head,
    modules: [routeModule, ...(page.modules ?? [])],
  };
}

/**
 * Renders every page of the site to HTML, each with the query cache it was rendered from: the
 * pages each route module of the route table asks for, in table order.
 */
export async function prerenderSite(content: PrerenderContext['content'], siteUrl: string): Promise<PrerenderedPage[]> {
  // Every route and island in memory first: the prerender must never suspend on code, or React
  // would write inline scripts into the page (which the CSP forbids).
  await loadEverything();
  const rendered: PrerenderedPage[] = [];
  const done = new Set<string>();
  for (const route of appRoutes) {
    // Patterns that share a module (the front page and its later pages) prerender once.
    if (done.has(route.file)) continue;
    done.add(route.file);
    const module = await route.load();
    for (const page of module.prerender?.({ content, siteUrl }) ?? []) {
      rendered.push(await renderPage(page, route.file));
    }
  }
  return rendered;
}
