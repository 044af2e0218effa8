import { setUpBrowser, watchErrors } from '@tests/support/browser';
import { builtStories, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import { describe, expect, inject, test } from 'vitest';
import { blockTexts } from '@/features/stories/story-text';
import { storyPath } from '@/features/stories/story-urls';

const lead = storyBySlug(LEAD_SLUG);
const baseUrl = inject('baseUrl');

/** The sum of every layout shift since navigation (an upper bound of CLS), read after a short settle. */
function cumulativeLayoutShift(settleMs: number): Promise<number> {
  return new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) sum += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => requestAnimationFrame(() => resolve(sum)), settleMs);
  });
}

describe.each([
  { name: 'a phone', viewport: { width: 390, height: 844 } },
  { name: 'a wide screen', viewport: { width: 1280, height: 900 } },
])('the lead story on $name', ({ viewport }) => {
  const browser = setUpBrowser({ viewport });

  test('does not move under the reader while it loads and hydrates (CLS ≤ 0.01)', async () => {
    const { page } = browser;
    const errors = watchErrors(page, { warnings: true });
    await page.goto(`${baseUrl}/story/${LEAD_SLUG}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    const cls = await page.evaluate(cumulativeLayoutShift, 1000);
    console.log(`CLS of the lead story at ${viewport.width}×${viewport.height}: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThanOrEqual(0.01);
    expect(errors).toEqual([]);
  });
});

describe('the lead story with JavaScript disabled', () => {
  const browser = setUpBrowser({
    javaScriptEnabled: false,
    prepare: ({ page }) => page.goto(`${baseUrl}/story/${LEAD_SLUG}`).then(() => {}),
  });

  test('shows the headline, every paragraph and every subsection', async () => {
    const { page } = browser;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(lead.headline);
    const text = (await page.locator('article').first().textContent()) ?? '';
    for (const value of lead.body.flatMap(blockTexts)) expect(text).toContain(value);
    for (const block of lead.body) {
      if (block.type !== 'subsection') continue;
      await expect(page.getByRole('heading', { level: 2, name: block.heading }).count()).resolves.toBe(1);
    }
  });

  test('links to each related story from the sidebar', async () => {
    const sidebar = browser.page.getByRole('complementary', { name: 'Related stories' });
    for (const slug of lead.related) {
      const link = sidebar.getByRole('link', { name: storyBySlug(slug).headline });
      await expect(link.getAttribute('href')).resolves.toBe(`/story/${slug}`);
    }
  });
});

describe('a prerendered story in the browser', () => {
  const browser = setUpBrowser();

  test('hydrates without errors and without fetching the story again', async () => {
    const { page } = browser;
    const errors = watchErrors(page, { warnings: true });
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/')) dataRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/story/${LEAD_SLUG}`, { waitUntil: 'networkidle' });
    expect(dataRequests).toEqual([]);

    // Hydrated: hovering a related headline now prefetches that story's data.
    const related = lead.related[0] ?? '';
    await page.getByRole('link', { name: storyBySlug(related).headline }).hover();
    await expect.poll(() => dataRequests).toEqual([`/data/stories/${related}.json`]);
    expect(errors).toEqual([]);
  });

  test('is served from its own file for every story URL', async () => {
    const { page } = browser;
    const stories = builtStories();
    expect(stories.length).toBeGreaterThan(1);
    for (const story of stories) {
      const response = await page.goto(`${baseUrl}${storyPath(story.slug)}`);
      expect(response?.status()).toBe(200);
      // The headline is in the HTML the host sent, before any script ran.
      expect(await response?.text()).toContain(`id="story-headline"`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(story.headline);
    }
  });
});
