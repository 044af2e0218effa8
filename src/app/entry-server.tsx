import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { savedHead } from '@/features/saved/saved-head';
import { frontPath, storyPath } from '@/features/stories/api/data-paths';
import { frontPageQueryOptions } from '@/features/stories/api/get-front-page';
import { storyQueryOptions } from '@/features/stories/api/get-story';
import { frontPageHead, notFoundHead, storyHead } from '@/features/stories/story-head';
import type { FrontPage, StoryPage } from '@/features/stories/story-schema';
import type { HeadData } from '@/lib/head';
import { loadEverything } from '@/lib/lazy';
import type { PageState } from '@/lib/page-state';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';

export type PrerenderedPage = {
  /** The file the host serves for this page, e.g. `story/<slug>.html`. */
  fileName: string;
  appHtml: string;
  state: PageState;
  head: HeadData;
  /** The route module that renders the page: its chunk is preloaded by the prerendered HTML. */
  routeModule: string;
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

async function renderPage(
  url: string,
  fileName: string,
  head: HeadData,
  seed: (queryClient: QueryClient) => void,
  notFound = false,
): Promise<PrerenderedPage> {
  const routeModule = notFound
    ? ROUTE_MODULES.notFound
    : url.startsWith('/story/')
      ? ROUTE_MODULES.story
      : url === '/saved'
        ? ROUTE_MODULES.saved
        : ROUTE_MODULES.home;
  const queryClient = createQueryClient();
  seed(queryClient);
  const appHtml = await renderApp(url, queryClient);
  const state: PageState = { queries: dehydrate(queryClient), ...(notFound ? { notFound } : {}) };
  queryClient.clear();
  return { fileName, appHtml, state, head, routeModule };
}

const ROUTE_MODULES = {
  home: 'src/app/routes/home.tsx',
  story: 'src/app/routes/story.tsx',
  notFound: 'src/app/routes/not-found.tsx',
  saved: 'src/app/routes/saved.tsx',
} as const;

/** The file name a static host (and `vite preview`, and the service worker) serves for a path. */
export function fileNameFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** Renders every page of the site to HTML, each with the query cache it was rendered from. */
export async function prerenderSite(
  content: { fronts: readonly FrontPage[]; pages: readonly StoryPage[] },
  siteUrl: string,
): Promise<PrerenderedPage[]> {
  // Every route and island in memory first: the prerender must never suspend on code, or React
  // would write inline scripts into the page (which the CSP forbids).
  await loadEverything();
  const rendered: PrerenderedPage[] = [];
  for (const front of content.fronts) {
    const path = frontPath(front.page);
    rendered.push(
      await renderPage(path, fileNameFor(path), frontPageHead(front, siteUrl), (qc) =>
        qc.setQueryData(frontPageQueryOptions(front.page).queryKey, front),
      ),
    );
  }
  for (const page of content.pages) {
    const path = storyPath(page.story.slug);
    rendered.push(
      await renderPage(path, fileNameFor(path), storyHead(page, siteUrl), (qc) =>
        qc.setQueryData(storyQueryOptions(page.story.slug).queryKey, page),
      ),
    );
  }
  rendered.push(await renderPage('/saved', fileNameFor('/saved'), savedHead(siteUrl), () => {}));
  rendered.push(await renderPage('/404', '404.html', notFoundHead(siteUrl), () => {}, true));
  return rendered;
}
