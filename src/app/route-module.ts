import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';

export type LoaderArgs = {
  queryClient: QueryClient;
  params: Readonly<Record<string, string | undefined>>;
};

export type ErrorBoundaryProps = { error: unknown; retry: () => void };

/** What every module in app/routes exports: its data loader, its page and its error page. */
export type RouteModule = {
  loader?: (args: LoaderArgs) => Promise<unknown>;
  Component: ComponentType;
  ErrorBoundary: ComponentType<ErrorBoundaryProps>;
};
