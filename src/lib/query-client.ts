import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Story files are immutable for the life of a build: never refetch what we have.
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 30 * 60_000,
        // Always try the network (the service worker may answer offline); surface failures
        // quickly so the reader sees a Retry button rather than an endless spinner.
        networkMode: 'always',
        retry: 1,
        retryDelay: 300,
        refetchOnWindowFocus: false,
      },
    },
  });
}
