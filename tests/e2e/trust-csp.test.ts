import { setUpBrowser } from '@tests/support/browser';
import { waitForOfflineCopies } from '@tests/support/pwa';
import { resultHeadlines, typeSearch, waitForSearch } from '@tests/support/search';
import { waitForSearchKept } from '@tests/support/search-offline';
import { type CspViolation, recordCspViolations, waitForApp } from '@tests/support/trust';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { FrontPage } from '@/features/stories/story-schema';

const baseUrl = inject('baseUrl');
let violations: CspViolation[] = [];
const browser = setUpBrowser({
  async prepare({ context }) {
    violations = await recordCspViolations(context);
  },
});

/**
 * A reader's tour of the site, online and then offline (reading, then searching). Each step leaves the page hydrated and
 * idle, so any violation it caused has been reported.
 */
type Step = { name: string; run: (page: Page) => Promise<void> };

const tour: Step[] = [
  {
    name: 'reads the front page',
    async run(page) {
      await page.goto(`${baseUrl}/`);
      await waitForApp(page);
    },
  },
  {
    name: 'opens the lead story from the front page',
    async run(page) {
      const front = (await (await fetch(`${baseUrl}/data/front/1.json`)).json()) as FrontPage;
      const lead = front.stories[0];
      if (!lead) throw new Error('The front page has no stories');
      await page.getByRole('link', { name: lead.headline }).first().click();
      await page.getByRole('heading', { level: 1, name: lead.headline }).waitFor();
      await waitForApp(page);
    },
  },
  {
    name: 'opens a related story',
    async run(page) {
      const related = page.getByRole('complementary', { name: 'Related stories' }).getByRole('link').first();
      const headline = (await related.textContent()) ?? '';
      await related.click();
      await page.getByRole('heading', { level: 1, name: headline.trim() }).waitFor();
      await waitForApp(page);
    },
  },
  {
    name: 'loads a story page directly',
    async run(page) {
      await page.reload();
      await waitForApp(page);
    },
  },
  {
    name: 'saves the story and opens the saved stories page',
    async run(page) {
      const headline = (await page.locator('h1').textContent()) ?? '';
      await page.getByRole('button', { name: /^Save/ }).click();
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saved' }).click();
      await page.getByRole('heading', { level: 1, name: 'Saved stories' }).waitFor();
      await page.getByRole('link', { name: headline }).waitFor();
      await waitForApp(page);
    },
  },
  {
    name: 'searches from the header, types a new search and opens a result',
    async run(page) {
      await page.goto(`${baseUrl}/`);
      await waitForApp(page);
      await page.keyboard.press('/');
      await page.keyboard.type('starlink');
      await page.keyboard.press('Enter');
      await waitForSearch(page, 'starlink');
      await typeSearch(page, 'mobilization');
      const [headline] = await resultHeadlines(page);
      if (!headline) throw new Error('No story matches “mobilization”');
      await page.getByRole('link', { name: headline }).click();
      await page.getByRole('heading', { level: 1, name: headline }).waitFor();
      await waitForApp(page);
    },
  },
  {
    name: 'lands on the not-found page',
    async run(page) {
      await page.goto(`${baseUrl}/story/no-such-story`);
      await page.getByRole('heading', { level: 1, name: 'Story not found' }).waitFor();
      await waitForApp(page);
    },
  },
  {
    name: 'goes offline and reads a story and its related story from the service worker',
    async run(page) {
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
      const front = (await (await fetch(`${baseUrl}/data/front/1.json`)).json()) as FrontPage;
      // The worker keeps the front page's stories in the background once it is active.
      await waitForOfflineCopies(
        page,
        front.stories.map((story) => story.slug),
      );
      await browser.context.setOffline(true);
      const lead = front.stories[0];
      if (!lead) throw new Error('The front page has no stories');
      await page.goto(`${baseUrl}/story/${lead.slug}`);
      await page.getByRole('heading', { level: 1, name: lead.headline }).waitFor();
      const related = page.getByRole('complementary', { name: 'Related stories' }).getByRole('link').last();
      const headline = ((await related.textContent()) ?? '').trim();
      await related.click();
      await page.getByRole('heading', { level: 1, name: headline }).waitFor();
      await page.goto(`${baseUrl}/saved`);
      await page.getByRole('heading', { level: 1, name: 'Saved stories' }).waitFor();
      await browser.context.setOffline(false);
    },
  },
  {
    name: 'goes offline and searches, by deep link and by typing, from the kept index',
    async run(page) {
      await waitForSearchKept(page, baseUrl);
      await browser.context.setOffline(true);
      await page.goto(`${baseUrl}/search?q=starlink`);
      await waitForSearch(page, 'starlink');
      await typeSearch(page, 'zelensky');
      if ((await resultHeadlines(page)).length === 0) throw new Error('Nothing found offline');
      await browser.context.setOffline(false);
    },
  },
];

it.each(tour.map((step) => [step.name, step] as const))(
  'the reader %s without a single Content Security Policy or Trusted Types violation',
  async (_, step) => {
    await step.run(browser.page);
    expect(violations).toEqual([]);
    expect(browser.errors).toEqual([]);
  },
);

it('the recorder notices a violation (so the tour above can fail)', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/`);
  await waitForApp(page);
  // An inline script is exactly what the policy forbids: the sink rejects the string.
  await page.evaluate(() => {
    const script = document.createElement('script');
    try {
      script.textContent = 'window.__inlineRan = true';
    } catch {
      // Trusted Types blocked the assignment (and reported it).
    }
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  violations.length = 0;
  browser.errors.length = 0;
});

describe('searching under a policy without WebAssembly', () => {
  let blocked: CspViolation[] = [];
  const strict = setUpBrowser({
    // No service worker: every request reaches the route below.
    serviceWorkers: 'block',
    async prepare({ context }) {
      blocked = await recordCspViolations(context);
      // The same pages and header, less 'wasm-unsafe-eval': what the policy was before search.
      await context.route('**/search*', async (route) => {
        const response = await route.fetch();
        const strip = (policy: string) => policy.replace(" 'wasm-unsafe-eval'", '');
        const headers = response.headers();
        headers['content-security-policy'] = strip(headers['content-security-policy'] ?? '');
        await route.fulfill({ response, headers, body: strip(await response.text()) });
      });
    },
  });

  it('fails, and the recorder reports the WebAssembly the policy blocked (so the tour above would catch it)', async () => {
    const { page } = strict;
    await page.goto(`${baseUrl}/search?q=starlink`);
    await page.getByText('Search isn’t available right now.').waitFor();
    await expect.poll(() => blocked.map((violation) => violation.directive).join(' ')).toMatch(/script-src|console/);
    expect(blocked.some((violation) => /wasm|WebAssembly/i.test(`${violation.blocked} ${violation.sample}`))).toBe(
      true,
    );
  });
});
