import { type Browser, openBrowser } from '@tests/support/browser';
import { briefSlug, LEAD_SLUG } from '@tests/support/content';
import { fileOf, measureFirstLoad, outDirFromEnv } from '@tests/support/first-load';
import { pageScripts, recordFirstVisit } from '@tests/support/first-visit';
import { describe, expect, inject, test } from 'vitest';
import { storyPath } from '@/features/stories/story-urls';

/*
 * The budget (tests/build/budget.test.ts) counts a first visit from the build's files alone. This
 * checks that count against what Chromium really downloads: a fresh profile opens the page, as a
 * new reader would (service worker allowed), does nothing, and every script the page fetches until
 * the network is idle is recorded. The two lists must be the same files.
 */

const base = inject('baseUrl');
const outDir = outDirFromEnv();

const PAGES = [
  { name: 'the lead story', path: storyPath(LEAD_SLUG) },
  { name: 'a brief', path: storyPath(briefSlug()) },
  { name: 'the front page', path: '/' },
];

/** The scripts Chromium downloads on a first visit to `path`, with `prepare` run on the page first. */
async function scriptsOfFirstVisit(path: string, prepare?: (browser: Browser) => Promise<void>) {
  const browser = await openBrowser();
  try {
    await prepare?.(browser);
    return pageScripts(await recordFirstVisit(browser.context, browser.page, `${base}${path}`));
  } finally {
    await browser.close();
  }
}

describe.each(PAGES)('a first visit to $name, with no interaction', ({ path }) => {
  test('downloads exactly the JavaScript the budget counts, no more and no less', async () => {
    const counted = measureFirstLoad(outDir, fileOf(path))
      .js.map((file) => file.file)
      .sort();
    expect(await scriptsOfFirstVisit(path)).toEqual(counted);
  });
});

test('the comparison catches a chunk a page would load on its own without the budget knowing (planted)', async () => {
  const path = storyPath(LEAD_SLUG);
  const load = measureFirstLoad(outDir, fileOf(path));
  const planted = load.lazy[0]?.file;
  if (!planted) throw new Error('No lazy chunk to plant');
  // As if the app imported another chunk by itself once the page had loaded.
  const scripts = await scriptsOfFirstVisit(path, async ({ page }) => {
    await page.addInitScript({ content: `addEventListener('load', () => import(${JSON.stringify(`/${planted}`)}));` });
  });
  const counted = load.js.map((file) => file.file).sort();
  expect(scripts).not.toEqual(counted);
  expect(scripts.filter((file) => !counted.includes(file))).toEqual([planted]);
});
