import type { QueryClient } from '@tanstack/react-query';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { matchRoutes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { loadable, useLoadable } from '@/lib/lazy';
import type { RouteModule } from './route-module';

type AppRoute = {
  path: string;
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

function route(path: string, load: () => Promise<RouteModule>): AppRoute {
  const module = loadable(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per route at module load, never in render
  function Element() {
    return <RouteBoundary module={useLoadable(module)} />;
  }
  return { path, load: module.load, Element };
}

const loadHome = () => import('./routes/home');

export const appRoutes: readonly AppRoute[] = [
  route('/', loadHome),
  route('/page/:page', loadHome),
  route('/story/:slug', () => import('./routes/story')),
  route('/saved', () => import('./routes/saved')),
  route('*', () => import('./routes/not-found')),
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
