import { setUpBrowser } from '@tests/support/browser';
import { builtStories } from '@tests/support/content';
import { waitForServiceWorker } from '@tests/support/pwa';
import { distinctiveWords, resultHeadlines, searchResults, typeSearch, waitForSearch } from '@tests/support/search';
import { keptSearchFiles, waitForSearchKept } from '@tests/support/search-offline';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { storyDataPath } from '@/features/stories/story-urls';

const base = inject('baseUrl');
const stories = builtStories();
const words = distinctiveWords(stories);

describe('offline, after one visit to the front page', () => {
  const browser = setUpBrowser();

  beforeAll(async () => {
    const { page, context } = browser;
    await page.goto(`${base}/`);
    await waitForServiceWorker(page);
    await waitForSearchKept(page, base);
    await context.setOffline(true);
  }, 60_000);

  it('kept the engine and the whole (small) index, none of it in the precache', async () => {
    const kept = await keptSearchFiles(browser.page);
    expect(kept).toContain('/pagefind/pagefind.js');
    expect(kept.filter((path) => path.endsWith('.pf_fragment'))).toHaveLength(stories.length);
    const precached = await browser.page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.includes('precache'));
      const urls: string[] = [];
      for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return urls;
    });
    expect(precached.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  it('searches by deep link and by reload', async () => {
    const { page, errors } = browser;
    const [first] = words;
    if (!first) throw new Error('No stories');
    await page.goto(`${base}/search?q=${first.word}`);
    await waitForSearch(page, first.word);
    expect(await resultHeadlines(page)).toContain(first.story.headline);
    await page.reload();
    await waitForSearch(page, first.word);
    expect(await resultHeadlines(page)).toContain(first.story.headline);
    expect(errors).toEqual([]);
  });

  it.each(words.map(({ story, word }) => [story.slug, word, story.headline] as const))(
    'finds %s by a word of its own text (“%s”), as the reader types',
    async (_, word, headline) => {
      const { page, errors } = browser;
      if (!page.url().includes('/search')) await page.goto(`${base}/search`);
      await typeSearch(page, word);
      expect(await resultHeadlines(page)).toContain(headline);
      expect(errors).toEqual([]);
    },
  );

  it('marks a result whose story this browser has not kept as not available offline', async () => {
    const { page, errors } = browser;
    const [gone, kept] = words;
    if (!gone || !kept) throw new Error('Two stories are needed');
    await page.goto(`${base}/search`);
    // As if the story had never been read here: its data leaves every cache.
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys())
          if (new URL(request.url).pathname === path) await cache.delete(request);
      }
    }, storyDataPath(gone.story.slug));

    await typeSearch(page, gone.word);
    const marked = searchResults(page).getByRole('heading', { name: gone.story.headline });
    await expect.poll(() => marked.textContent()).toContain('Not available offline');

    await typeSearch(page, kept.word);
    const heading = searchResults(page).getByRole('heading', { name: kept.story.headline });
    await heading.waitFor();
    expect(await heading.textContent()).not.toContain('Not available offline');
    expect(errors).toEqual([]);
  });
});

describe('offline, before search was ever kept', () => {
  const browser = setUpBrowser({ serviceWorkers: 'block' });

  it('says search is not available offline yet, and searches once the reader tries again online', async () => {
    const { page, context } = browser;
    // Nothing of the index reaches this browser: as offline, before a visit kept it.
    await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${base}/search`);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('searchbox', { name: 'Search every story' }).fill('starlink');
    await page.getByText('Search isn’t available right now.').waitFor();
    expect(await page.getByText(/You’re offline, and this browser hasn’t kept the search index/).count()).toBe(1);

    await context.setOffline(false);
    await context.unroute('**/pagefind/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForSearch(page, 'starlink');
    expect(await resultHeadlines(page)).toHaveLength(1);
  });
});
