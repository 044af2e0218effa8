import type { QueryClient } from '@tanstack/react-query';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { matchRoutes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { FRONT_PAGE_ROUTE, SECTION_PAGE_ROUTE, SECTION_ROUTE, STORY_ROUTE } from '@/features/stories/story-urls';
import { loadable, useLoadable } from '@/lib/lazy';
import type { RouteModule } from './route-module';

/*
 * The route table: the one list of the app's pages. The client router, prefetching, the
 * prerender (each module's `prerender` says which pages to write, with their data and head), the
 * route-chunk preload and the sitemap all read it. Adding a page is a module in ./routes and one
 * line below.
 */

// Each route module is its own lazily loaded chunk; its key (the source file) lets the build find
// that chunk for the pages it prerenders.
const modules = import.meta.glob<RouteModule>(['/src/app/routes/*.tsx', '!/src/app/routes/*.test.tsx']);

export type AppRoute = {
  path: string;
  /** The route module's source file, e.g. `src/app/routes/story.tsx`. */
  file: string;
  load: () => Promise<RouteModule>;
  /** The route's page, wrapped in its own error boundary; loaded on first render. */
  Element: ComponentType;
};

function RouteBoundary({ module }: { module: RouteModule }) {
  const { reset } = useQueryErrorResetBoundary();
  const { key } = useLocation();
  const { Component, ErrorBoundary: Fallback } = module;
  return (
    <ErrorBoundary resetKey={key} onReset={reset} fallback={(error, retry) => <Fallback error={error} retry={retry} />}>
      <Component />
    </ErrorBoundary>
  );
}

const loadables = new Map<string, ReturnType<typeof loadable<RouteModule>>>();

/** A table line: the URL pattern and the name of its module in ./routes. */
function route(path: string, name: string): AppRoute {
  const file = `src/app/routes/${name}.tsx`;
  const load = modules[`/${file}`];
  if (!load) throw new Error(`No route module ${file}`);
  // Two patterns may share a module (the front page and its later pages): one loadable each file.
  const module = loadables.get(file) ?? loadable(load);
  loadables.set(file, module);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per route at module load, never in render
  function Element() {
    return <RouteBoundary module={useLoadable(module)} />;
  }
  return { path, file, load: module.load, Element };
}

export const appRoutes: readonly AppRoute[] = [
  route('/', 'home'),
  route(FRONT_PAGE_ROUTE, 'home'),
  route(STORY_ROUTE, 'story'),
  route(SECTION_ROUTE, 'section'),
  route(SECTION_PAGE_ROUTE, 'section'),
  route('/saved', 'saved'),
  route('/search', 'search'),
  route('*', 'not-found'),
];

export const notFoundRoute = appRoutes[appRoutes.length - 1] as AppRoute;

export function matchAppRoute(pathname: string) {
  const last = matchRoutes(appRoutes as AppRoute[], pathname)?.at(-1);
  return last ? { route: last.route, params: last.params } : { route: notFoundRoute, params: {} };
}

/** Loads a path's route code and runs its loader, so navigating there paints at once. */
export async function prefetchPath(queryClient: QueryClient, path: string): Promise<void> {
  const { route, params } = matchAppRoute(new URL(path, 'http://x').pathname);
  const module = await route.load();
  await module.loader?.({ queryClient, params });
}
