import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeCacheStorage } from '@tests/support/fake-caches';
import { storyPage } from '@tests/support/stories';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHES } from '@/features/offline/offline-caches';
import { readSaved } from '../saved-store';
import { SaveButton } from './save-button';

const story = { slug: 'a-story', section: 'News', headline: 'A headline', summary: 'A summary.' };

function renderButton() {
  return render(
    <MemoryRouter>
      <SaveButton story={story} />
    </MemoryRouter>,
  );
}

/** Cache Storage holding the story as the service worker kept it when the reader opened it. */
async function cachesWithTheStory(quota?: number) {
  const storage = new FakeCacheStorage(quota);
  await storage.keep(CACHES.stories, '/story/a-story', '<h1>A headline</h1>');
  await storage.keep(CACHES.stories, '/data/stories/a-story.json', JSON.stringify(storyPage('a-story')));
  vi.stubGlobal('caches', storage);
  return storage;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('SaveButton', () => {
  it('saves the story, keeps it on this device to read offline, and points to the Saved page', async () => {
    const user = userEvent.setup();
    const storage = await cachesWithTheStory();
    renderButton();
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText(/kept on this device to read offline/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved for later');
    expect(screen.getByRole('link', { name: 'Saved' })).toHaveAttribute('href', '/saved');
    expect(readSaved().map((s) => s.headline)).toEqual(['A headline']);
    expect(storage.paths(CACHES.saved)).toEqual(['/data/stories/a-story.json', '/story/a-story']);
  });

  it('removes a saved story, and its offline copy, when pressed again', async () => {
    const user = userEvent.setup();
    const storage = await cachesWithTheStory();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/kept on this device/);
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Removed');
    expect(readSaved()).toEqual([]);
    await vi.waitFor(() => expect(storage.paths(CACHES.saved)).toEqual([]));
  });

  it('explains that there is no room to keep it offline, and keeps it in the saved list', async () => {
    const user = userEvent.setup();
    const storage = await cachesWithTheStory();
    storage.quota = storage.used();
    // Making room drops the page the reader had; the network has it again.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<h1>A headline</h1>')),
    );
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/no room left on this device/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved to your list');
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(storage.paths(CACHES.saved)).toEqual([]);
  });

  it('saves to the list and says so where the browser cannot keep a copy offline', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/can’t keep a copy to read offline/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved for later');
    expect(readSaved().map((s) => s.slug)).toEqual(['a-story']);
  });

  it('explains that it cannot save when storage is full, and stays unpressed', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Can’t save here');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
  });
});
