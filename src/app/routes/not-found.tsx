import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import type { ErrorBoundaryProps } from '../route-module';

export function Component() {
  return <NotFoundPage />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} />;
}
