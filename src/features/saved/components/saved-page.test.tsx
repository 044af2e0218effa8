import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeCacheStorage } from '@tests/support/fake-caches';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHES } from '@/features/offline/offline-caches';
import { readSaved, saveStory } from '../saved-store';
import { SavedPage } from './saved-page';

const story = (slug: string, headline: string) => ({ slug, section: 'News', headline, summary: `About ${headline}.` });

const page = (
  <MemoryRouter>
    <SavedPage />
  </MemoryRouter>
);

/** Cache Storage where the named stories have a saved copy, and `usage` is what the browser reports. */
async function deviceWith(slugs: readonly string[], usage = 1_234_567) {
  const storage = new FakeCacheStorage();
  for (const slug of slugs) {
    await storage.keep(CACHES.saved, `/story/${slug}`, `<h1>${slug}</h1>`);
    await storage.keep(CACHES.saved, `/data/stories/${slug}.json`, '{}', 'application/json');
  }
  await storage.keep('workbox-precache-v2-test', '/index.html', '<h1>Front</h1>');
  vi.stubGlobal('caches', storage);
  const estimate = vi.fn(async () => ({ usage, quota: 10 ** 10 }));
  vi.stubGlobal('navigator', { ...navigator, storage: { estimate, persisted: async () => false } });
  return { storage, estimate };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SavedPage', () => {
  it('lists each saved story with a link to it and its summary', () => {
    saveStory(story('first', 'First story'));
    render(page);
    expect(screen.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'First story' })).toHaveAttribute('href', '/story/first');
    expect(screen.getByText('About First story.')).toBeInTheDocument();
  });

  it('says for each story whether it opens offline on this device', async () => {
    await deviceWith(['kept']);
    saveStory(story('not-kept', 'Not kept'));
    saveStory(story('kept', 'Kept'));
    render(page);
    const [kept, notKept] = screen.getAllByRole('article');
    if (!kept || !notKept) throw new Error('Two saved stories expected');
    expect(await within(kept).findByText('Available offline')).toBeInTheDocument();
    expect(await within(notKept).findByText('Not available offline')).toBeInTheDocument();
  });

  it('removes a story, says so, and keeps focus in the list', async () => {
    const user = userEvent.setup();
    saveStory(story('first', 'First story'));
    saveStory(story('second', 'Second story'));
    render(page);
    await user.click(screen.getByRole('button', { name: 'Remove “Second story” from saved stories' }));
    expect(screen.queryByRole('link', { name: 'Second story' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Second story”.');
    expect(screen.getByRole('button', { name: 'Remove “First story” from saved stories' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /from saved stories$/ }));
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('says how much space Broadsheet uses on this device', async () => {
    await deviceWith([], 1_234_567);
    render(page);
    const section = screen.getByRole('region', { name: 'On this device' });
    expect(await within(section).findByText(/Broadsheet uses 1\.2 MB on this device/)).toBeInTheDocument();
    expect(section).toHaveTextContent('Your browser may clear them if the device runs low on space.');
  });

  it('removes everything only once the reader confirms, and says what it removed', async () => {
    const user = userEvent.setup();
    const { storage, estimate } = await deviceWith(['first', 'second']);
    saveStory(story('first', 'First story'));
    saveStory(story('second', 'Second story'));
    render(page);
    const ask = screen.getByRole('button', { name: 'Remove everything…' });
    await user.click(ask);
    const question = screen.getByRole('group', { name: /Remove your 2 saved stories and every story kept/ });
    expect(within(question).getByRole('button', { name: 'Remove everything' })).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(ask).toHaveFocus();
    expect(readSaved()).toHaveLength(2);

    await user.click(ask);
    estimate.mockResolvedValue({ usage: 345_678, quota: 10 ** 10 });
    await user.click(screen.getByRole('button', { name: 'Remove everything' }));
    expect(await screen.findByText(/Removed everything: your 2 saved stories/)).toHaveTextContent(
      'Broadsheet now uses 346 kB.',
    );
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    expect(readSaved()).toEqual([]);
    expect(await storage.keys()).toEqual(['workbox-precache-v2-test']);
  });

  it('says there is nothing saved yet when the list is empty', () => {
    render(page);
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('renders a loading state on the server, which cannot know what this reader saved', () => {
    saveStory(story('first', 'First story'));
    const html = renderToString(page);
    expect(html).toContain('Loading your saved stories');
    expect(html).not.toContain('First story');
  });
});
