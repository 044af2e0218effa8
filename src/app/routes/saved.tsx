import { LoadErrorPage } from '@/components/load-error-page';
import { SavedPage } from '@/features/saved/components/saved-page';
import type { ErrorBoundaryProps } from '../route-module';

// No loader: the list lives in this browser's storage, not on the network.
export function Component() {
  return <SavedPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="Your saved stories couldn’t load" />;
}
