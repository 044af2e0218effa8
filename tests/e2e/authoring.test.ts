import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { AUTHORING_FIXTURE, type AuthoringSite, buildAuthoringSite } from '@tests/support/authoring-site';
import { openBrowser, setUpBrowser } from '@tests/support/browser';
import { waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { chooseDisplay } from '@tests/support/reading';
import { type CspViolation, recordCspViolations, waitForApp } from '@tests/support/trust';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionSlug } from '@/features/stories/section-slug';
import { offlinePictureUrls } from '@/features/stories/story-media';
import { storySchema } from '@/features/stories/story-schema';

/*
 * A site built by this file from a fixture folder (tests/fixtures/authoring-site): a Markdown
 * story that uses every construct, with pictures the test generates, and a JSON story with
 * markup-like characters in every text field. Served with `vite preview` on E2E_PORT + 1.
 */

const port = Number(process.env.E2E_PORT ?? 4319) + 1;
const STORY = '/story/every-construct';
// Read on its own: the folder's pictures exist only once the test has made them.
const HOSTILE = storySchema.parse(JSON.parse(readFileSync(join(AUTHORING_FIXTURE, 'hostile-text.json'), 'utf8')));
let site: AuthoringSite;
let violations: CspViolation[] = [];

beforeAll(async () => {
  site = await buildAuthoringSite(port);
}, 180_000);

afterAll(async () => {
  await site?.close();
});

const browser = setUpBrowser({
  async prepare({ context }) {
    violations = await recordCspViolations(context);
  },
});

afterAll(() => {
  expect(violations).toEqual([]);
  expect(browser.errors).toEqual([]);
});

async function open(page: Page, path: string) {
  await page.goto(`${site.url}${path}`);
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
}

describe('a Markdown story with every construct', () => {
  it('shows its marks, links, quote, lists, divider, subsections and pictures as written', async () => {
    const { page } = browser;
    await open(page, STORY);
    const article = page.getByRole('article');
    await expect(article.locator('em', { hasText: 'emphasis' }).first().isVisible()).resolves.toBe(true);
    expect(await article.locator('strong', { hasText: 'strong words' }).count()).toBe(1);
    expect(await article.locator('strong > em, em > strong').first().textContent()).toBe('both at once');
    expect(await article.locator('p br').count()).toBe(1);

    const internal = article.getByRole('link', { name: 'the other fixture story' });
    expect(await internal.getAttribute('href')).toBe('/story/hostile-text');
    const external = article.getByRole('link', { name: 'an external site (external link)' });
    expect(await external.getAttribute('rel')).toBe('external noopener');
    expect(await external.getAttribute('target')).toBeNull();

    const quote = article.locator('figure:has(blockquote)');
    expect(await quote.locator('blockquote').textContent()).toBe('Quoted synthetic words, written for the test.');
    expect(await quote.locator('figcaption').textContent()).toBe('— Test Speaker, synthetic role');
    expect(await article.locator('ul > li').allTextContents()).toEqual([
      'A first synthetic list item',
      'A second one, with emphasis',
    ]);
    expect(await article.locator('ol > li').count()).toBe(2);
    expect(await article.getByRole('separator').count()).toBe(1);
    expect(await article.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      '“A synthetic pull quote”',
      'A plain synthetic subheading',
    ]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  it('shows each picture from its srcset, in a modern format, at its intrinsic size, with caption and credit', async () => {
    const { page } = browser;
    await open(page, STORY);
    const lead = page.getByRole('img', { name: 'A synthetic blue-to-orange gradient made by the test' });
    expect(await lead.getAttribute('fetchpriority')).toBe('high');
    expect(await lead.getAttribute('loading')).toBeNull();
    const body = page.getByRole('img', { name: 'A synthetic green gradient with transparency' });
    expect(await body.getAttribute('loading')).toBe('lazy');
    await body.scrollIntoViewIfNeeded();
    for (const image of [lead, body]) {
      await image.evaluate((img: HTMLImageElement) => img.decode());
      const loaded = await image.evaluate((img: HTMLImageElement) => ({
        src: new URL(img.currentSrc).pathname,
        natural: img.naturalWidth,
        ratio: img.width / img.height,
        intrinsic: Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
      }));
      expect(loaded.src).toMatch(/^\/media\/every-construct\/[a-z-]+-\d+-[0-9a-f]{8}\.avif$/);
      expect(loaded.natural).toBeGreaterThan(0);
      expect(loaded.ratio).toBeCloseTo(loaded.intrinsic, 1);
    }
    expect(await page.locator('figure:has(img) figcaption').allTextContents()).toEqual([
      'A gradient generated by the test.Credit: Test generator',
      'A second gradient, lower in the story.Credit: Test generator',
    ]);
    // The originals never ship: only the variants the build made are in the site.
    const media = await (await fetch(`${site.url}/media/every-construct/lead-gradient.jpg`)).status;
    expect(media).not.toBe(200);
  });

  it('moves nothing while the page and its pictures load (CLS at most 0.01), at phone and wide sizes', async () => {
    const { page } = browser;
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${site.url}${STORY}`);
      await page.evaluate(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 4000);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.01);
    }
  });

  it.each(['Light', 'Dark'])('has no axe violations in the %s theme', async (theme) => {
    const { page } = browser;
    await open(page, STORY);
    await chooseDisplay(page, 'Theme', theme);
    const { violations: found } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(found.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });

  it('opens the linked story in the app, with focus on its headline', async () => {
    const { page } = browser;
    await open(page, STORY);
    await page.evaluate(() => document.documentElement.setAttribute('data-test-document', 'first'));
    await page.getByRole('article').getByRole('link', { name: 'the other fixture story' }).click();
    await page.waitForURL(`${site.url}/story/hostile-text`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.getAttribute('html', 'data-test-document')).toBe('first');
  });
});

describe('the pictures of a story kept for offline reading', () => {
  it('are kept when the front page warms the story, and show offline at any width', async () => {
    const fresh = await openBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, context } = fresh;
      // Only the front page online: the story and its pictures come from the worker's warming.
      await page.goto(`${site.url}/`);
      await waitForServiceWorker(page);
      await waitForOfflineCopies(page, ['every-construct']);
      const built = JSON.parse(readFileSync(join(site.outDir, 'data/stories/every-construct.json'), 'utf8'));
      const kept = offlinePictureUrls(built.story);
      expect(kept).toHaveLength(2);
      await expect
        .poll(() =>
          page.evaluate(async (urls) => (await Promise.all(urls.map((url) => caches.match(url)))).every(Boolean), kept),
        )
        .toBe(true);

      await context.setOffline(true);
      await page.goto(`${site.url}${STORY}`);
      const pictures = page.locator('article picture img');
      expect(await pictures.count()).toBe(2);
      for (const picture of await pictures.all()) {
        await picture.scrollIntoViewIfNeeded();
        await expect
          .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
          .toBe(true);
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('story text with markup-like characters in every field', () => {
  const story = HOSTILE;

  it('shows the characters literally on the page, and runs nothing', async () => {
    const { page } = browser;
    await open(page, '/story/hostile-text');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.headline);
    expect(await page.getByText(story.standfirst, { exact: true }).count()).toBe(1);
    expect(await page.title()).toContain(story.headline);
    expect(await page.locator('article b, article script').count()).toBe(0);
  });

  it('names its section page with the label shown literally, and runs nothing there', async () => {
    const { page } = browser;
    await open(page, `/section/${sectionSlug(story.section)}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.section);
    expect(await page.title()).toContain(story.section);
    expect(await page.locator('main b, main script').count()).toBe(0);
  });

  it('keeps the served head, JSON-LD and page data intact', async () => {
    const html = await (await fetch(`${site.url}/story/hostile-text`)).text();
    const { document } = new JSDOM(html).window;
    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content');
    expect(document.title).toContain(story.headline);
    expect(meta('name="description"')).toBe(story.standfirst);
    expect(meta('property="og:description"')).toBe(story.standfirst);
    expect(meta('property="og:title"')).toBe(document.title);
    const ld = document.querySelectorAll('script[type="application/ld+json"]');
    expect(ld).toHaveLength(1);
    expect(JSON.parse(ld[0]?.textContent ?? '')).toMatchObject({
      headline: story.headline,
      description: story.standfirst,
      articleSection: story.section,
      author: { name: story.byline },
    });
    // Only the hashed theme script and the two data blocks: nothing from the story became a script.
    expect(document.querySelectorAll('script:not([src]):not([type])').length).toBeLessThanOrEqual(1);
    const data = JSON.parse(readFileSync(join(site.outDir, 'data/stories/hostile-text.json'), 'utf8'));
    expect(data.story.headline).toBe(story.headline);
  });

  it('arrives in the feed as text a reader shows literally, and the feed says which address it was built for', async () => {
    const xml = await (await fetch(`${site.url}/feed.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<!-- Built by Broadsheet for https://news.example/ (SITE_URL) -->');
    const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item as {
      title: string;
      description: string;
      category: string;
      author: string;
    }[];
    const item = items.find((entry) => entry.title.includes('Headline'));
    // A feed reader takes title and description as HTML: decoded, they are the story's text, markup and all.
    const asHtml = (value: string) => new JSDOM(`<p>${value}</p>`).window.document.querySelector('p')?.textContent;
    expect(asHtml(item?.title ?? '')).toBe(story.headline);
    expect(asHtml(item?.description ?? '')).toBe(story.standfirst);
    expect(new JSDOM(`<p>${item?.description}</p>`).window.document.querySelector('b')).toBeNull();
    expect(item?.category).toBe(story.section);
  });

  it('leaves the sitemap well-formed', async () => {
    const xml = await (await fetch(`${site.url}/sitemap.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://news.example/story/hostile-text</loc>');
  });
});
