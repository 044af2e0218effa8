import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@tests/support/render';
import { type FakeStory, fakeSearchEngine } from '@tests/support/search-engine';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSearchEngine } from '../search-engine';
import { SearchPage } from './search-page';

vi.mock('../search-engine', () => ({ loadSearchEngine: vi.fn() }));

const STORIES: FakeStory[] = [
  { slug: 'lantern-one', headline: 'First synthetic lantern headline', text: 'Filler words about lanterns and kites.' },
  { slug: 'kite-two', headline: 'Second synthetic kite headline', text: 'Filler words about kites only.' },
];

let engine = fakeSearchEngine(STORIES);
beforeEach(() => {
  vi.restoreAllMocks();
  vi.clearAllMocks();
  engine = fakeSearchEngine(STORIES);
  vi.mocked(loadSearchEngine).mockResolvedValue(engine);
});

const field = () => screen.getByRole('searchbox', { name: 'Search every story' });
const status = () => screen.getByRole('status');

describe('SearchPage', () => {
  it('shows nothing for an empty query', () => {
    renderWithProviders(<SearchPage />, { path: '/search' });
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(field()).toHaveValue('');
    expect(status()).toBeEmptyDOMElement();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows results as the reader types, announcing the count politely, with the matched words marked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search' });
    await user.type(field(), 'lantern');
    expect(await screen.findByText('1 story matches “lantern”.')).toHaveAttribute('role', 'status');
    const results = screen.getByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: 'First synthetic lantern headline' });
    expect(link).toHaveAttribute('href', '/story/lantern-one');
    expect(within(results).getByText('Test')).toBeInTheDocument();
    const marks = results.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['lantern', 'lanterns']);
    expect(engine.searched.at(-1)).toBe('lantern');
  });

  it('reads the query from the address on arrival', async () => {
    renderWithProviders(<SearchPage />, { path: '/search?q=kite' });
    expect(field()).toHaveValue('kite');
    expect(await screen.findByText('2 stories match “kite”.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('says when nothing matches, and offers the front page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search' });
    await user.type(field(), 'zeppelin');
    expect(await screen.findByText('No stories match “zeppelin”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the front page' })).toHaveAttribute('href', '/');
  });

  it('leaves out a word found in most stories, and says so', async () => {
    vi.mocked(loadSearchEngine).mockResolvedValue(fakeSearchEngine(STORIES, ['filler']));
    renderWithProviders(<SearchPage />, { path: '/search?q=filler+kites' });
    expect(await screen.findByText('2 stories match “kites”.')).toBeInTheDocument();
    expect(screen.getByText('“filler” is in most stories, so the search left it out.')).toBeInTheDocument();
  });

  it('waits for Enter before searching a word found in most stories', async () => {
    const common = fakeSearchEngine(STORIES, ['filler']);
    vi.mocked(loadSearchEngine).mockResolvedValue(common);
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search' });
    await user.type(field(), 'filler');
    expect(await screen.findByText('“filler” is in most stories: press Enter to search for it.')).toBeInTheDocument();
    expect(common.searched).toEqual([]);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('2 stories match “filler”.')).toBeInTheDocument();
    expect(field()).toHaveFocus();
  });

  it('asks for more letters, or a less common word, before searching', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search' });
    await user.type(field(), 'la');
    expect(await screen.findByText('Keep typing: a search needs at least three letters.')).toBeInTheDocument();
    await user.clear(field());
    await user.type(field(), 'the');
    expect(await screen.findByText('“the” is too common to search for: add another word.')).toBeInTheDocument();
    expect(engine.searched).toEqual([]);
  });

  it('shows a hostile query back as text, making no element of it', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<SearchPage />, { path: '/search' });
    const hostile = '<img src=x onerror=alert(1)>';
    // user-event reads `[` and `{` as key names: doubled, they are typed as themselves.
    await user.type(
      field(),
      hostile.replace(/[[{]/g, (c) => `${c}${c}`),
    );
    await waitFor(() => expect(status()).toHaveTextContent('match'));
    expect(status()).toHaveTextContent(`“${hostile}”`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows more results on request, moving focus to the first new one', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      slug: `story-${i}`,
      headline: `Synthetic headline ${i}`,
      text: 'About lanterns.',
    }));
    vi.mocked(loadSearchEngine).mockResolvedValue(fakeSearchEngine(many));
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search?q=lantern' });
    expect(await screen.findByText('12 stories match “lantern”.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
    expect(screen.getByRole('link', { name: 'Synthetic headline 10' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
  });

  it('says search is not available, and tries again on request, when its code cannot load', async () => {
    // The boundary logs what it caught (and React, in development, too): the reader sees the message.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(loadSearchEngine).mockRejectedValue(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, { path: '/search?q=kite' });
    expect(await screen.findByText('Search isn’t available right now.')).toBeInTheDocument();
    expect(screen.getByText(/The search index couldn’t be loaded/)).toBeInTheDocument();
    vi.mocked(loadSearchEngine).mockResolvedValue(engine);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('2 stories match “kite”.')).toBeInTheDocument();
  });

  it('is prerendered without the query or results, saying that search needs JavaScript', () => {
    const html = renderToString(
      <MemoryRouter initialEntries={['/search?q=%3Cb%3Eloud%3C%2Fb%3E']}>
        <SearchPage />
      </MemoryRouter>,
    );
    expect(html).toContain('Search needs JavaScript');
    expect(html).not.toMatch(/loud/);
    expect(loadSearchEngine).not.toHaveBeenCalled();
  });
});
