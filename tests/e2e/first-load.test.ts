import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Story } from '../../src/features/stories/story-schema';
import { type Browser, openBrowser } from '../support/browser';

const LEAD = 'russia-begins-mobilization-men-flee';
const CONTENT_DIR = 'src/content/stories';
const readStory = (slug: string) => JSON.parse(readFileSync(join(CONTENT_DIR, `${slug}.json`), 'utf8')) as Story;
const lead = readStory(LEAD);
const baseUrl = inject('baseUrl');

/**
 * Console errors and warnings, and uncaught exceptions. The browser's own request for
 * /favicon.ico is left out: the site has no icon yet (the installable-app work adds one).
 */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (new URL(message.location().url || 'about:blank').pathname === '/favicon.ico') return;
    messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

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
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ viewport });
  });
  afterAll(() => browser.close());

  test('does not move under the reader while it loads and hydrates (CLS ≤ 0.01)', async () => {
    const { page } = browser;
    const errors = watchConsole(page);
    await page.goto(`${baseUrl}/story/${LEAD}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    const cls = await page.evaluate(cumulativeLayoutShift, 1000);
    console.log(`CLS of the lead story at ${viewport.width}×${viewport.height}: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThanOrEqual(0.01);
    expect(errors).toEqual([]);
  });
});

describe('the lead story with JavaScript disabled', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ javaScriptEnabled: false });
    await browser.page.goto(`${baseUrl}/story/${LEAD}`);
  });
  afterAll(() => browser.close());

  test('shows the headline, every paragraph and every subsection', async () => {
    const { page } = browser;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(lead.headline);
    const text = (await page.locator('article').first().textContent()) ?? '';
    for (const block of lead.body) {
      if (block.type === 'paragraph') expect(text).toContain(block.text);
      else {
        await expect(page.getByRole('heading', { level: 2, name: block.heading }).count()).resolves.toBe(1);
        for (const child of block.blocks) expect(text).toContain(child.text);
      }
    }
  });

  test('links to each related story from the sidebar', async () => {
    const sidebar = browser.page.getByRole('complementary', { name: 'Related stories' });
    for (const slug of lead.related) {
      const link = sidebar.getByRole('link', { name: readStory(slug).headline });
      await expect(link.getAttribute('href')).resolves.toBe(`/story/${slug}`);
    }
  });
});

describe('a prerendered story in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  test('hydrates without errors and without fetching the story again', async () => {
    const { page } = browser;
    const errors = watchConsole(page);
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/')) dataRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/story/${LEAD}`, { waitUntil: 'networkidle' });
    expect(dataRequests).toEqual([]);

    // Hydrated: hovering a related headline now prefetches that story's data.
    const related = lead.related[0] ?? '';
    await page.getByRole('link', { name: readStory(related).headline }).hover();
    await expect.poll(() => dataRequests).toEqual([`/data/stories/${related}.json`]);
    expect(errors).toEqual([]);
  });

  test('is served from its own file for every story URL', async () => {
    const { page } = browser;
    const slugs = readdirSync(CONTENT_DIR).map((name) => name.replace(/\.json$/, ''));
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const response = await page.goto(`${baseUrl}/story/${slug}`);
      expect(response?.status()).toBe(200);
      // The headline is in the HTML the host sent, before any script ran.
      expect(await response?.text()).toContain(`id="story-headline"`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(readStory(slug).headline);
    }
  });
});
