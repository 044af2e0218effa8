import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { FrontPage, SectionPage, StoryPage } from '@/features/stories/story-schema';
import type { HeadData } from '@/lib/head';

export type LoaderArgs = {
  queryClient: QueryClient;
  params: Readonly<Record<string, string | undefined>>;
};

export type ErrorBoundaryProps = { error: unknown; retry: () => void };

/** What the build knows when it prerenders the site: the validated content and the public URL. */
export type PrerenderContext = {
  content: { fronts: readonly FrontPage[]; pages: readonly StoryPage[]; sections: readonly SectionPage[] };
  siteUrl: string;
};

/** One page a route asks the build to prerender. */
export type PrerenderPage = {
  /** The page's URL path, e.g. `/story/<slug>`: what the server renders. */
  path: string;
  /** The file a host serves for it, when it is not the one `fileNameFor(path)` gives (the 404 page). */
  file?: string;
  /** Title, description, canonical link, Open Graph, JSON-LD. The sitemap lists every page not `noindex`. */
  head: HeadData;
  /** Puts the page's data in the query cache it is rendered from (and that the browser hydrates). */
  seed?: (queryClient: QueryClient) => void;
  /**
   * A stand-in, served for a page the host or the service worker cannot give (the 404 page; the
   * "not available offline" page): the browser renders its route at whatever URL it was served for.
   */
  notFound?: boolean;
  /**
   * Source files of lazily loaded modules this page renders (beyond its route module), e.g. the
   * rich-text renderers of a story that has a quote: the page names their chunks, so they load
   * with the app and hydration never waits for them.
   */
  modules?: readonly string[];
};

/**
 * What every module in app/routes exports: its data loader, its page, its error page and, for the
 * build only, the pages it prerenders. Write `prerender` as
 * `export const prerender = import.meta.env.SSR ? (context) => [...] : undefined`, so the client
 * bundle drops it (and the head code it uses).
 */
export type RouteModule = {
  loader?: (args: LoaderArgs) => Promise<unknown>;
  Component: ComponentType;
  ErrorBoundary: ComponentType<ErrorBoundaryProps>;
  prerender?: ((context: PrerenderContext) => PrerenderPage[]) | undefined;
};
