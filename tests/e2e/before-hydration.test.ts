import { setUpBrowser } from '@tests/support/browser';
import { LEAD_SLUG, storyBySlug } from '@tests/support/content';
import type { Page, Route } from 'playwright-core';
import { expect, inject, it } from 'vitest';

/*
 * The page paints before the app's code arrives. These tests hold that code back so that the
 * reader acts in the window before hydration, which on a fast machine lasts only ~200 ms.
 */
const base = inject('baseUrl');
const APP_CODE = '**/assets/entry-client-*.js';
const lead = storyBySlug(LEAD_SLUG);
const next = storyBySlug(lead.related[0] as string);

const browser = setUpBrowser({ serviceWorkers: 'block', each: true });

/** Holds the app's code until the returned function is called. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_CODE, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

it('a related headline clicked before the app is ready still opens in the page, with focus on its headline', async () => {
  const { page, errors } = browser;
  const release = await holdAppCode(page);
  await page.goto(`${base}/story/${LEAD_SLUG}`);
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.getByRole('complementary', { name: 'Related stories' }).getByRole('link', { name: next.headline }).click();
  release();

  await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, next.headline);
  expect(new URL(page.url()).pathname).toBe(`/story/${next.slug}`);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(errors).toEqual([]);
});

it('the reading tools are disabled until they work, then enabled', async () => {
  const { page } = browser;
  const release = await holdAppCode(page);
  await page.goto(`${base}/story/${LEAD_SLUG}`);
  const save = page.getByRole('button', { name: 'Save', exact: true });
  const display = page.getByRole('button', { name: 'Display' });
  expect(await save.isDisabled()).toBe(true);
  expect(await display.isDisabled()).toBe(true);
  release();
  // Enabled once their code has arrived and hydrated: how soon depends on the machine, not on the page.
  await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => display.isEnabled(), { timeout: 15_000 }).toBe(true);
});

it('when the app cannot load, a clicked link is followed the ordinary way', async () => {
  const { page } = browser;
  await page.route(APP_CODE, (route) => route.abort());
  await page.goto(`${base}/story/${LEAD_SLUG}`);
  await page.getByRole('complementary', { name: 'Related stories' }).getByRole('link', { name: next.headline }).click();
  await page.waitForURL(`**/story/${next.slug}`);
  await page.getByRole('heading', { level: 1, name: next.headline }).waitFor();
});

it('a reader who clicks a related headline the moment the page has loaded gets the in-page navigation', async () => {
  const { page, errors } = browser;
  await page.goto(`${base}/story/${LEAD_SLUG}`);
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.getByRole('complementary', { name: 'Related stories' }).getByRole('link', { name: next.headline }).click();
  await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, next.headline);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.title()).toContain(next.headline);
  await page.goBack();
  await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, lead.headline);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});
