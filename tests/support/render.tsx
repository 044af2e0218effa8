import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, vi } from 'vitest';
import { App } from '@/app/app';
import { loadEverything } from '@/lib/lazy';

/** Renders UI inside a fresh query cache and an in-memory router, as the app would. */
export function renderWithProviders(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

/**
 * For a file of tests that render the whole app: loads every route module once up front (they are
 * lazy chunks; the entry loads the page's before hydrating), and undoes each test's stubs.
 */
export function setUpAppTests(): void {
  beforeAll(async () => {
    await loadEverything();
  }, 30_000);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

/**
 * The whole app at a path, as a reader arriving there would see it (with its own query cache);
 * rendered in an awaited act, as React needs for components that suspend (on data, on code).
 */
export async function renderAppAt(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(
      <MemoryRouter initialEntries={[path]}>
        <App queryClient={queryClient} />
      </MemoryRouter>,
    );
  });
  return result as ReturnType<typeof render>;
}

export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
