import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse as json, renderAppAt as renderApp, setUpAppTests } from '@tests/support/render';
import { storyPage } from '@tests/support/stories';
import { describe, expect, it, vi } from 'vitest';

setUpAppTests();

describe('the story page', () => {
  it('shows the story with its related stories beside it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(storyPage('a-story'))),
    );
    await renderApp('/story/a-story');
    expect(await screen.findByRole('heading', { level: 1, name: 'Headline of a-story' })).toBeInTheDocument();
    const aside = screen.getByRole('complementary', { name: 'Related stories' });
    expect(within(aside).getAllByRole('link')).toHaveLength(2);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('article', { name: 'Headline of a-story' })).toBeInTheDocument();
    expect(aside.closest('main')).toBeNull();
  });

  it('says the story was not found, with a link home, when no story has that slug', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    await renderApp('/story/no-such-story');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('offers Retry when the story fails to load, and shows it once the network is back', async () => {
    const fetch = vi.fn(async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderApp('/story/a-story');
    expect(await screen.findByRole('heading', { level: 1, name: 'This story couldn’t load' })).toBeInTheDocument();

    fetch.mockImplementation(async () => json(storyPage('a-story')));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Headline of a-story' })).toBeInTheDocument();
  });

  it('shows the not-found page for a path that is not a page', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await renderApp('/no/such/place');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the front page', () => {
  it('shows the lead story large and the other stories below, each linking to its story and its section', async () => {
    const stories = ['lead', 'second', 'third'].map((slug) => ({
      slug,
      section: 'News',
      headline: `Headline of ${slug}`,
      summary: `Summary of ${slug}.`,
    }));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ page: 1, pageCount: 1, stories })),
    );
    await renderApp('/');
    const lead = await screen.findByRole('article', { name: 'Headline of lead' });
    expect(within(lead).getByRole('link', { name: 'Headline of lead' })).toHaveAttribute('href', '/story/lead');
    expect(within(lead).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/section/news');
    expect(within(lead).getByText('Summary of lead.')).toBeInTheDocument();
    const more = screen.getByRole('region', { name: 'More stories' });
    expect(
      within(more)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => within(heading).getByRole('link').getAttribute('href')),
    ).toEqual(['/story/second', '/story/third']);
    // Each with its section above the headline, linking to the section's page.
    expect(
      within(more)
        .getAllByRole('link', { name: 'News' })
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/section/news', '/section/news']);
  });
});
