import { LoadErrorPage } from '@/components/load-error-page';
import { SavedPage } from '@/features/saved/components/saved-page';
import { savedHead } from '@/features/saved/saved-head';
import type { ErrorBoundaryProps, PrerenderContext, PrerenderPage } from '../route-module';

// No loader: the list lives in this browser's storage, not on the network.
export function Component() {
  return <SavedPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="Your saved stories couldn’t load" />;
}

/** Prerendered as "Loading your saved stories…": the list is this reader's own, read after hydration. */
export const prerender = import.meta.env.SSR
  ? ({ siteUrl }: PrerenderContext): PrerenderPage[] => [{ path: '/saved', head: savedHead(siteUrl) }]
  : undefined;
