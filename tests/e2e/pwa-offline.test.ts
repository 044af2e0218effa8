import AxeBuilder from '@axe-core/playwright';
import { setUpBrowser } from '@tests/support/browser';
import { builtStories } from '@tests/support/content';
import { waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const stories = builtStories();
const OFFLINE = /You're offline/;
const browser = setUpBrowser();

// One visit to the front page (the worker then keeps its stories: here, all of them), then no
// network at all.
beforeAll(async () => {
  await browser.page.goto(`${base}/`);
  await waitForServiceWorker(browser.page);
  await waitForOfflineCopies(
    browser.page,
    stories.map((story) => story.slug),
  );
  await browser.context.setOffline(true);
});

const headline = () => browser.page.locator('h1').textContent();

describe('offline, after one visit to the front page', () => {
  it.each(stories.map((story) => [story.slug, story] as const))(
    'opens %s by deep link and by reload',
    async (slug, story) => {
      const { page, errors } = browser;
      await page.goto(`${base}/story/${slug}`);
      expect(await headline()).toBe(story.headline);
      await page.reload();
      expect(await headline()).toBe(story.headline);
      expect(errors).toEqual([]);
    },
  );

  it('opens the front page by reload', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/`);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('opens a related story from its headline', async () => {
    const { page, errors } = browser;
    const story = stories.find((candidate) => candidate.related.length > 0);
    const related = stories.find((candidate) => candidate.slug === story?.related[0]);
    if (!story || !related) throw new Error('The content has no related stories to follow');
    await page.goto(`${base}/story/${story.slug}`);
    const sidebar = page.getByRole('complementary', { name: 'Related stories' });
    await sidebar.getByRole('link', { name: related.headline }).click();
    await page.waitForURL(`${base}/story/${related.slug}`);
    await page.getByRole('heading', { level: 1, name: related.headline }).waitFor();
    expect(await headline()).toBe(related.headline);
    expect(errors).toEqual([]);
  });

  it('shows "Story not found" for an unknown address', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/story/no-such-story-anywhere`);
    expect(await headline()).toBe('Story not found');
    await page.goto(`${base}/not/a/page`);
    expect(await headline()).toBe('Story not found');
    expect(errors).toEqual([]);
  });

  it('says the reader is offline, and stops saying so when the connection returns', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/story/${stories[0]?.slug}`);
    const banner = page.getByRole('status').filter({ hasText: OFFLINE });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/saved stories are still available/);
    await browser.context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    expect(await page.getByText(OFFLINE).count()).toBe(0);
    await browser.context.setOffline(true);
    await banner.waitFor();
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'shows the offline banner with AA contrast in the %s theme',
    async (colorScheme) => {
      const { page } = browser;
      await page.emulateMedia({ colorScheme });
      await page.goto(`${base}/story/${stories[0]?.slug}`);
      await page.getByText(OFFLINE).waitFor();
      const results = await new AxeBuilder({ page }).include('#root').withRules(['color-contrast']).analyze();
      expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
      expect(results.violations).toEqual([]);
      await page.emulateMedia({ colorScheme: null });
    },
  );
});
