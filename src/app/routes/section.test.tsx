import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderAppAt, setUpAppTests } from '@tests/support/render';
import { storyPage, summary } from '@tests/support/stories';
import { describe, expect, it, vi } from 'vitest';
import type { SectionPage } from '@/features/stories/story-schema';

const sectionPage = (page: number, pageCount: number, slugs: string[]): SectionPage => ({
  page,
  pageCount,
  stories: slugs.map((slug) => summary(slug)),
  section: { name: 'test', label: 'Test' },
});

/** A fetch that answers each data file it knows, and 404 for the rest; it records what was asked. */
function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) =>
    url in files ? jsonResponse(files[url]) : new Response('Not found', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

setUpAppTests();

describe('a section page', () => {
  it('shows the section as its heading and lists its stories, each linking to its story', async () => {
    serve({ '/data/sections/test/1.json': sectionPage(1, 1, ['one', 'two']) });
    await renderAppAt('/section/test');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((heading) => within(heading).getByRole('link').getAttribute('href')),
    ).toEqual(['/story/one', '/story/two']);
    expect(screen.getByText('Summary of one.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'More pages' })).toBeNull();
  });

  it('links to older stories from page 1, and back to newer ones from page 2', async () => {
    serve({
      '/data/sections/test/1.json': sectionPage(1, 2, ['one']),
      '/data/sections/test/2.json': sectionPage(2, 2, ['older']),
    });
    await renderAppAt('/section/test');
    const older = await screen.findByRole('link', { name: 'Older stories' });
    expect(older).toHaveAttribute('href', '/section/test/page/2');
    await userEvent.click(older);
    expect(await screen.findByRole('heading', { level: 1, name: 'Test, page 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Headline of older' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/section/test');
    expect(screen.queryByRole('link', { name: 'Older stories' })).toBeNull();
  });

  it('says not found for a section no story has', async () => {
    serve({});
    await renderAppAt('/section/no-such-section');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
  });

  it.each([
    '/section/..%2F..%2Fetc',
    '/section/__proto__',
    `/section/${encodeURIComponent('<img src=x>')}`,
    `/section/${'a'.repeat(500)}`,
    '/section/test/page/1',
    '/section/test/page/0',
    '/section/test/page/two',
  ])('shows not found for %s without asking the network', async (path) => {
    const fetch = serve({});
    await renderAppAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offers Retry when the section fails to load, and shows it once the network is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.fn(async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    await renderAppAt('/section/test');
    expect(await screen.findByRole('heading', { level: 1, name: 'This section couldn’t load' })).toBeInTheDocument();
    fetch.mockImplementation(async () => jsonResponse(sectionPage(1, 1, ['one'])));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
  });
});

describe('the section above a story’s headline', () => {
  it('leads to the section’s page', async () => {
    serve({
      '/data/stories/a-story.json': storyPage('a-story'),
      '/data/sections/test/1.json': sectionPage(1, 1, ['a-story']),
    });
    await renderAppAt('/story/a-story');
    const article = await screen.findByRole('article', { name: 'Headline of a-story' });
    await userEvent.click(within(article).getByRole('link', { name: 'Test' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Headline of a-story' })).toHaveAttribute('href', '/story/a-story');
  });
});
