import { setUpBrowser } from '@tests/support/browser';
import { builtStories, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import {
  distinctiveWords,
  resultHeadlines,
  searchField,
  searchResults,
  typeSearch,
  waitForSearch,
} from '@tests/support/search';
import { type CspViolation, recordCspViolations, waitForApp } from '@tests/support/trust';
import { describe, expect, inject, it } from 'vitest';
import { storyPath } from '@/features/stories/story-urls';

const base = inject('baseUrl');
const stories = builtStories();
const lead = storyBySlug(LEAD_SLUG);
const STARLINK = stories.find((story) => /starlink/i.test(story.headline));
const SEARCH_TITLE = 'Search — Broadsheet';

let violations: CspViolation[] = [];
const browser = setUpBrowser({
  async prepare({ context }) {
    violations = await recordCspViolations(context);
  },
});

const focusedElement = (page = browser.page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, id: el?.id ?? '', text: el?.textContent?.trim() ?? '' };
  });

describe('searching from the header', () => {
  it('works by keyboard alone: "/" focuses the field, typing and Enter open the results, Tab and Enter open a story', async () => {
    if (!STARLINK) throw new Error('The seed has a story about Starlink');
    const { page, errors } = browser;
    await page.goto(`${base}/`);
    await waitForApp(page);
    await page.keyboard.press('/');
    expect(await focusedElement()).toMatchObject({ tag: 'INPUT', id: 'header-search-field' });
    await page.keyboard.type('starlink');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/search?q=starlink`);
    await waitForSearch(page, 'starlink');
    // Focus moves to the new page's heading, as after every navigation in the app.
    expect(await focusedElement()).toMatchObject({ tag: 'H1', text: 'Search' });
    expect(await resultHeadlines(page)).toEqual([STARLINK.headline]);

    let focused = await focusedElement();
    for (let presses = 0; presses < 10 && focused.text !== STARLINK.headline; presses++) {
      await page.keyboard.press('Tab');
      focused = await focusedElement();
    }
    expect(focused).toMatchObject({ tag: 'A', text: STARLINK.headline });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}${storyPath(STARLINK.slug)}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedElement()).toMatchObject({ tag: 'H1', text: STARLINK.headline });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('types "/" into a field as a character, not a shortcut', async () => {
    const { page } = browser;
    await page.goto(`${base}/search`);
    await waitForApp(page);
    await searchField(page).fill('dirty');
    await searchField(page).press('/');
    expect(await searchField(page).inputValue()).toBe('dirty/');
  });
});

describe('the search page', () => {
  it('works by deep link and by reload, with a fixed title', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/search?q=starlink`);
    await waitForSearch(page, 'starlink');
    expect(await searchField(page).inputValue()).toBe('starlink');
    expect(await resultHeadlines(page)).toEqual([STARLINK?.headline]);
    await page.reload();
    await waitForSearch(page, 'starlink');
    expect(await resultHeadlines(page)).toEqual([STARLINK?.headline]);
    expect(await page.title()).toBe(SEARCH_TITLE);
    expect(errors).toEqual([]);
  });

  it('shows results as the reader types, keeping the address in step, with the matched words marked', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/search`);
    await waitForApp(page);
    expect(await page.locator('main').getByRole('status').textContent()).toBe('');
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(false);
    const status = await typeSearch(page, 'mobiliz');
    expect(status).toMatch(/^\d+ stor(y matches|ies match) “mobiliz”\.$/);
    expect(await resultHeadlines(page)).toContain(lead.headline);
    expect(new URL(page.url()).search).toBe('?q=mobiliz');
    const marks = await searchResults(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^mobiliz/);
    expect(errors).toEqual([]);
  });

  it('says when nothing matches, and suggests the front page', async () => {
    const { page } = browser;
    await page.goto(`${base}/search?q=qwertyuiop`);
    expect(await waitForSearch(page, 'qwertyuiop')).toBe('No stories match “qwertyuiop”.');
    await page.getByRole('link', { name: 'the front page' }).click();
    await page.waitForURL(`${base}/`);
  });

  it('starts loading a story when the reader points at its result, as other story links do', async () => {
    const { page } = browser;
    await page.goto(`${base}/search?q=starlink`);
    await waitForSearch(page, 'starlink');
    const data = page.waitForRequest((request) => request.url().endsWith(`/data/stories/${STARLINK?.slug}.json`));
    await searchResults(page).getByRole('link').first().hover();
    await data;
  });
});

describe('matching', () => {
  it.each(distinctiveWords(stories).map(({ story, word }) => [story.slug, word, story.headline] as const))(
    'finds %s by a word of its own text (“%s”)',
    async (_, word, headline) => {
      const { page } = browser;
      if (!page.url().includes('/search')) {
        await page.goto(`${base}/search`);
        await waitForApp(page);
      }
      await typeSearch(page, word);
      expect(await resultHeadlines(page)).toContain(headline);
    },
  );

  it.each([
    ['whatever the case and accents', 'VÄÄLIMAA'],
    ['by the stem of a word', 'mobilize'],
    ['by a prefix while typing', 'mobi'],
    ['spelled “Zelensky”', 'Zelensky'],
    ['spelled “Zelenski”', 'zelenski'],
  ])('finds the lead story %s', async (_, query) => {
    const { page } = browser;
    await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
    await waitForSearch(page, query);
    expect(await resultHeadlines(page)).toContain(lead.headline);
  });
});

describe('hostile queries', () => {
  const HOSTILE: [name: string, query: string][] = [
    ['markup with a script handler', '<img src=x onerror=alert(1)>'],
    ['a closing tag and a script', '</title><script>alert(1)</script>'],
    ['a lone double quote', '"'],
    ['a lone percent sign', '%'],
    ['2,000 characters', `${'ukraine '.repeat(249)}ukraine!`],
    ['emoji', '🛰️ 😀 drones'],
    ['right-to-left marks', '\u200fstarlink\u200e'],
    ['regex syntax', '.*(a|b)+[^z]$'],
  ];

  it.each(HOSTILE)('%s: no error, no markup, no violation, by deep link and by typing', async (_, query) => {
    const { page, errors } = browser;
    await page.addInitScript(() => {
      window.alert = () => {
        document.documentElement.dataset.hostileRan = 'alert';
      };
    });
    await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
    await waitForApp(page);
    expect(await searchField(page).inputValue()).toBe(query);
    await page.locator('main').getByRole('status').filter({ hasText: /./ }).waitFor();
    await searchField(page).fill('');
    await searchField(page).fill(query);
    await page.locator('main').getByRole('status').filter({ hasText: /./ }).waitFor();
    await page.waitForLoadState('networkidle');

    const seen = await page.evaluate(() => ({
      ran: document.documentElement.dataset.hostileRan ?? null,
      title: document.title,
      // Markup the query could have made: none of these belong in the search page.
      made: document.querySelectorAll('main img, main script, main iframe, main svg, [onerror], [onload]').length,
    }));
    expect(seen).toEqual({ ran: null, title: SEARCH_TITLE, made: 0 });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('the served page never contains the query, as markup or as text (issue 15, point 5)', async () => {
    const query = '<img src=x onerror=alert(1)>';
    const html = await (await fetch(`${base}/search?q=${encodeURIComponent(query)}`)).text();
    expect(html).toContain(`<title>${SEARCH_TITLE}</title>`);
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('%3Cimg');
  });
});

describe('without JavaScript', () => {
  const noScript = setUpBrowser({ javaScriptEnabled: false });

  it('says search needs JavaScript, while the header form still submits', async () => {
    // (The message is hidden whenever the browser runs scripts: see "the search page" above.)
    const { page } = noScript;
    await page.goto(`${base}/search?q=starlink`);
    await page.getByText('Search needs JavaScript').waitFor();
    expect(await page.title()).toBe(SEARCH_TITLE);
    await page.goto(`${base}/`);
    const header = page.getByRole('search', { name: 'Site' });
    await header.getByRole('searchbox', { name: 'Search stories' }).fill('dirty bomb');
    await header.getByRole('searchbox').press('Enter');
    await page.waitForURL(`${base}/search?q=dirty+bomb`);
    await page.getByText('Search needs JavaScript').waitFor();
  });
});
