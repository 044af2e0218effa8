import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { offlineStandInQueryOptions } from '@/features/offline/offline-stand-in';
import { loadEverything } from '@/lib/lazy';
import { App } from '../app';

/** A document that stands in for the page at /story/some-story, as the entry hydrates it. */
function renderStandIn(offline: boolean) {
  const queryClient = new QueryClient();
  if (offline) queryClient.setQueryData(offlineStandInQueryOptions.queryKey, true);
  render(
    <MemoryRouter initialEntries={['/story/some-story']}>
      <App queryClient={queryClient} notFoundPath="/story/some-story" />
    </MemoryRouter>,
  );
}

beforeAll(async () => {
  await loadEverything();
}, 30_000);

describe('the stand-in pages', () => {
  it('say "Story not found" for the host’s 404 page', () => {
    renderStandIn(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
  });

  it('say "Not available offline" for the service worker’s offline page, and offer Saved and the front page', () => {
    renderStandIn(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Not available offline' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saved stories' })).toHaveAttribute('href', '/saved');
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
