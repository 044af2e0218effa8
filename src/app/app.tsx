import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useCallback } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { LoadErrorPage } from '@/components/load-error-page';
import { PrefetchContext } from '@/lib/prefetch';
import { Layout } from './layout/layout';
import { PageLoading } from './layout/page-loading';
import { PageHydrated, ReplayEarlyClick } from './replay-early-click';
import { appRoutes, notFoundRoute, prefetchPath } from './routes';

type Props = {
  queryClient: QueryClient;
  /**
   * The path the host answered with its 404 page, or the service worker with its offline page
   * (the document says so). That path shows the stand-in route without asking the network, so it
   * works offline and hydrates as served.
   */
  notFoundPath?: string;
};

function AppRoutes({ notFoundPath }: Pick<Props, 'notFoundPath'>) {
  const location = useLocation();
  if (location.pathname === notFoundPath) return <notFoundRoute.Element />;
  return (
    <Routes>
      {appRoutes.map(({ path, Element }) => (
        <Route key={path} path={path} element={<Element />} />
      ))}
    </Routes>
  );
}

function AppErrorBoundary({ children }: { children: React.ReactNode }) {
  const { key } = useLocation();
  return (
    <ErrorBoundary resetKey={key} fallback={(error, retry) => <LoadErrorPage error={error} retry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}

/** The whole app, inside a router chosen by the caller (browser, or static for prerendering). */
export function App({ queryClient, notFoundPath }: Props) {
  const prepare = useCallback((path: string) => prefetchPath(queryClient, path), [queryClient]);
  const prefetch = useCallback(
    (path: string) => {
      prepare(path).catch(() => {
        // Prefetching is a hint: a failure shows up (with Retry) only if the reader goes there.
      });
    },
    [prepare],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PrefetchContext value={prefetch}>
        <Layout>
          <AppErrorBoundary>
            <Suspense fallback={<PageLoading />}>
              <AppRoutes notFoundPath={notFoundPath} />
              <PageHydrated />
            </Suspense>
          </AppErrorBoundary>
        </Layout>
        {/* After the layout, so its effects (which track the current page) have run first. */}
        <ReplayEarlyClick prepare={prepare} />
      </PrefetchContext>
    </QueryClientProvider>
  );
}
