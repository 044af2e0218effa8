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

/** Layout shifts (their time and size) and paints, from the start of the page, as an init script records them. */
function recordShiftsAndPaints() {
  const record = { shifts: [] as { at: number; value: number }[], firstPaint: Number.NaN, fontLoaded: Number.NaN };
  (window as Window & { fontRecord?: typeof record }).fontRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) record.shifts.push({ at: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) record.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.fonts.addEventListener('loadingdone', (event) => {
    if ((event as FontFaceSetLoadEvent).fontfaces.some((face) => face.family.includes('Source Serif 4'))) {
      record.fontLoaded ||= performance.now();
      record.fontLoaded = Math.min(record.fontLoaded, performance.now());
    }
  });
}

const FONT_DELAY_MS = 1500;

describe.each([
  { name: 'a phone', viewport: { width: 390, height: 844 } },
  { name: 'a wide screen', viewport: { width: 1280, height: 900 } },
])('the lead story on $name, when its font arrives late', ({ viewport }) => {
  // No service worker, so every request of this first visit reaches the route that holds the font back.
  const browser = setUpBrowser({
    viewport,
    serviceWorkers: 'block',
    async prepare({ context }) {
      await context.addInitScript(recordShiftsAndPaints);
      await context.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
        await route.continue();
      });
    },
  });

  test('paints in the stand-in serif first, then swaps in Source Serif 4 without moving the text (CLS ≤ 0.01)', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/story/${LEAD_SLUG}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.fonts.check('1em "Source Serif 4"'));
    // Settle past the swap, then read what happened when.
    await page.waitForTimeout(1000);
    const record = await page.evaluate(() => {
      const { fontRecord } = window as Window & {
        fontRecord?: { shifts: { at: number; value: number }[]; firstPaint: number; fontLoaded: number };
      };
      const paragraph = document.querySelector('main article div p') as HTMLElement;
      return { ...fontRecord, paragraphFont: getComputedStyle(paragraph).fontFamily };
    });
    const cls = (record.shifts ?? []).reduce((sum, shift) => sum + shift.value, 0);
    console.log(
      `Font held back ${FONT_DELAY_MS} ms at ${viewport.width}×${viewport.height}: first paint ${record.firstPaint?.toFixed(0)} ms, ` +
        `font in ${record.fontLoaded?.toFixed(0)} ms, layout shifts ${JSON.stringify(record.shifts)}, CLS ${cls.toFixed(4)}`,
    );
    // The text was on screen before the font arrived: the swap happened after the first paint.
    expect(record.firstPaint).toBeLessThan(record.fontLoaded ?? 0);
    expect(record.paragraphFont?.split(',')[0]).toBe('"Source Serif 4"');
    expect(cls).toBeLessThanOrEqual(0.01);
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
