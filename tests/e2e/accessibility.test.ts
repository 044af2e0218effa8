import AxeBuilder from '@axe-core/playwright';
import { setUpBrowser } from '@tests/support/browser';
import { BRIEF_STORY, chooseDisplay, FULL_STORY, openDisplay, openPage, SECTION_PAGE } from '@tests/support/reading';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PAGES = [
  { name: 'the front page', path: '/' },
  { name: 'a full story', path: FULL_STORY },
  { name: 'a brief story', path: BRIEF_STORY },
  { name: 'a section page', path: SECTION_PAGE },
  { name: 'the Saved page', path: '/saved' },
  { name: 'the search page with results', path: '/search?q=ukraine' },
  { name: 'the search page with no match', path: '/search?q=qwertyuiop' },
  { name: 'the not-found page', path: '/no-such-page' },
];

/** Axe's violations, reduced to what a reader of the failure needs: rule, impact, where. */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

// Light and dark, each both from the system setting and from the reader's explicit choice.
const THEMES = [
  { name: 'light (system)', colorScheme: 'light', choice: undefined },
  { name: 'dark (system)', colorScheme: 'dark', choice: undefined },
  { name: 'dark (chosen)', colorScheme: 'light', choice: 'Dark' },
  { name: 'light (chosen)', colorScheme: 'dark', choice: 'Light' },
] as const;

describe.each(THEMES)('accessibility in the $name theme', ({ colorScheme, choice }) => {
  const browser = setUpBrowser({
    colorScheme,
    async prepare({ page }) {
      // A saved story, so the Saved page is checked with its list (saved through the real button).
      await openPage(page, `${base}${BRIEF_STORY}`);
      await page.getByRole('button', { name: 'Save' }).click();
      if (choice) await chooseDisplay(page, 'Theme', choice);
    },
  });
  afterAll(() => {
    expect(browser.errors).toEqual([]);
  });

  it.each(PAGES)('axe finds no violations on $name', async ({ path }) => {
    const { page } = browser;
    await openPage(page, `${base}${path}`);
    if (path === '/saved') await page.getByText(/(Available|Not available) offline$/).waitFor();
    if (path.startsWith('/search'))
      await page.locator('main').getByRole('status').filter({ hasText: /match/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  it('axe finds no violations with the Display panel open', async () => {
    const { page } = browser;
    await openPage(page, `${base}/`);
    await openDisplay(page);
    expect(await violations(page)).toEqual([]);
  });
});

describe('keyboard only', () => {
  const browser = setUpBrowser();

  it('reaches the skip link first, then a related headline, and lands on the new story’s h1', async () => {
    const { page } = browser;
    await openPage(page, `${base}${FULL_STORY}`);
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName, text: el?.textContent?.trim() ?? '', inAside: !!el?.closest('aside') };
      });
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Skip to content' });

    let current = await focused();
    for (let presses = 0; presses < 60 && !current.inAside; presses++) {
      await page.keyboard.press('Tab');
      current = await focused();
    }
    expect(current).toMatchObject({ tag: 'A', inAside: true });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== FULL_STORY);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused()).toMatchObject({ tag: 'H1', text: current.text });
  });
});
