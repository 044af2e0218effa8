import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LoadErrorPage, NOT_AVAILABLE_OFFLINE } from '@/components/load-error-page';
import { messagePageTitle } from '@/components/message-page';
import { NOT_FOUND_TITLE, NotFoundPage } from '@/components/not-found-page';
import { offlineStandInQueryOptions } from '@/features/offline/offline-stand-in';
import { absoluteUrl, type HeadData } from '@/lib/head';
import { SITE_DESCRIPTION } from '@/lib/site';
import type { ErrorBoundaryProps, PrerenderContext, PrerenderPage } from '../route-module';

const reload = () => window.location.reload();

/**
 * The offline stand-in is the document at this URL, so trying again is loading it again: when the
 * connection returns (LoadErrorPage), or once, shortly, when it was served although the browser
 * says it is online (the connection only just back, or the host unreachable; never in a loop).
 */
function OfflineStandIn() {
  useEffect(() => {
    if (!navigator.onLine || (window.history.state as { retried?: boolean } | null)?.retried) return;
    const timer = setTimeout(() => {
      window.history.replaceState({ ...window.history.state, retried: true }, '');
      reload();
    }, 2000);
    return () => clearTimeout(timer);
  }, []);
  return <LoadErrorPage error={undefined} retry={reload} offline />;
}

/** "Story not found", or, in the service worker's offline stand-in, "Not available offline". */
export function Component() {
  const offline = useQueryClient().getQueryData(offlineStandInQueryOptions.queryKey) === true;
  return offline ? <OfflineStandIn /> : <NotFoundPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} />;
}

const standInHead = (title: string, path: string, siteUrl: string): HeadData => ({
  title,
  description: SITE_DESCRIPTION,
  url: absoluteUrl(siteUrl, path),
  type: 'website',
  noindex: true,
});

/**
 * The documents that stand in for a page at any URL, never indexed: `404.html`, the host's answer
 * to an unknown path (served with status 404), and `offline.html`, the service worker's answer,
 * offline, for a story or front page this device has no copy of.
 */
export const prerender = import.meta.env.SSR
  ? ({ siteUrl }: PrerenderContext): PrerenderPage[] => [
      { path: '/404', file: '404.html', notFound: true, head: standInHead(NOT_FOUND_TITLE, '/404', siteUrl) },
      {
        path: '/offline',
        file: 'offline.html',
        notFound: true,
        head: standInHead(messagePageTitle(NOT_AVAILABLE_OFFLINE), '/offline', siteUrl),
        seed: (queryClient) => queryClient.setQueryData(offlineStandInQueryOptions.queryKey, true),
      },
    ]
  : undefined;
