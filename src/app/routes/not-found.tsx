import { LoadErrorPage } from '@/components/load-error-page';
import { NOT_FOUND_TITLE, NotFoundPage } from '@/components/not-found-page';
import { absoluteUrl } from '@/lib/head';
import { SITE_DESCRIPTION } from '@/lib/site';
import type { ErrorBoundaryProps, PrerenderContext, PrerenderPage } from '../route-module';

export function Component() {
  return <NotFoundPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} />;
}

/** The host's answer to any unknown path: `404.html`, served with status 404, never indexed. */
export const prerender = import.meta.env.SSR
  ? ({ siteUrl }: PrerenderContext): PrerenderPage[] => [
      {
        path: '/404',
        file: '404.html',
        notFound: true,
        head: {
          title: NOT_FOUND_TITLE,
          description: SITE_DESCRIPTION,
          url: absoluteUrl(siteUrl, '/404'),
          type: 'website',
          noindex: true,
        },
      },
    ]
  : undefined;
