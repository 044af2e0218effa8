import { setUpBrowser } from '@tests/support/browser';
import { builtStories, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import { describe, expect, inject, it } from 'vitest';
import { blockTexts } from '@/features/stories/story-text';

const base = inject('baseUrl');
const stories = builtStories();
const lead = storyBySlug(LEAD_SLUG);
const browser = setUpBrowser();

const h1Text = () => browser.page.locator('h1').textContent();

describe('deep links', () => {
  it.each(stories.map((s) => [s.slug, s] as const))(
    'opens %s with its headline, standfirst and sidebar',
    async (slug, story) => {
      const { page, errors } = browser;
      errors.length = 0;
      const response = await page.goto(`${base}/story/${slug}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await h1Text()).toBe(story.headline);
      expect(await page.title()).toContain(story.headline);
      await expect(page.locator('main article').getByText(story.standfirst, { exact: true }).isVisible()).resolves.toBe(
        true,
      );

      const aside = page.getByRole('complementary', { name: 'Related stories' });
      const hrefs = await aside.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(story.related.map((s) => `/story/${s}`));
      expect(hrefs).not.toContain(`/story/${slug}`);
      // Each related link comes with that story's one-paragraph summary.
      for (const relatedSlug of story.related) {
        const summary = storyBySlug(relatedSlug).standfirst;
        expect(await aside.getByText(summary, { exact: true }).count()).toBe(1);
      }
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    },
  );

  it('shows the lead story’s subsections opened by pull-quote h2 headings', async () => {
    const { page } = browser;
    await page.goto(`${base}/story/${LEAD_SLUG}`);
    const headings = await page.locator('main article h2').allInnerTexts();
    expect(headings).toEqual(['“Protest or Surrender”', 'Annexation “votes”', '“I don’t want to die”']);
    const style = await page
      .locator('main article h2')
      .first()
      .evaluate((h2) => {
        const css = getComputedStyle(h2);
        const before = getComputedStyle(h2, '::before');
        const p = h2.parentElement?.querySelector('p');
        return {
          size: Number.parseFloat(css.fontSize),
          bodySize: p ? Number.parseFloat(getComputedStyle(p).fontSize) : 0,
          rule: css.borderTopWidth,
          mark: before.content,
        };
      });
    expect(style.size).toBeGreaterThan(style.bodySize * 1.3);
    expect(style.rule).not.toBe('0px');
    expect(style.mark).toContain('“');
    // Every text of the story's body (paragraphs and pull-quote headings) is on the page, word for word.
    const shown = [...headings, ...(await page.locator('main article p').allInnerTexts())];
    for (const text of lead.body.flatMap(blockTexts)) expect(shown).toContain(text);
  });
});

describe('the front page', () => {
  it('leads with the lead story and lists every other story, each headline a link', async () => {
    const { page, errors } = browser;
    errors.length = 0;
    await page.goto(`${base}/`);
    const leadArticle = page.getByRole('article', { name: lead.headline });
    expect(await leadArticle.getByRole('link', { name: lead.headline }).getAttribute('href')).toBe(
      `/story/${LEAD_SLUG}`,
    );
    expect(await leadArticle.getByText(lead.standfirst).isVisible()).toBe(true);
    const more = page.getByRole('region', { name: 'More stories' });
    const hrefs = await more
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(stories.filter((s) => s.slug !== LEAD_SLUG).map((s) => `/story/${s.slug}`));
    expect(errors).toEqual([]);
  });
});

describe('moving between stories', () => {
  it('opens a related story in the page, moves focus to its headline, and Back restores the scroll position', async () => {
    const { page, errors } = browser;
    errors.length = 0;
    await page.goto(`${base}/story/${LEAD_SLUG}`);
    await page.waitForLoadState('networkidle');
    // A marker on window survives only if the page is never reloaded.
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.evaluate(() => window.scrollTo(0, 1200));
    await page.waitForFunction(() => Math.abs(window.scrollY - 1200) < 2);

    const target = storyBySlug(lead.related[1] as string);
    await page.getByRole('complementary').getByRole('link', { name: target.headline }).click();
    await page.waitForURL(`**/story/${target.slug}`);
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, target.headline);

    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.title()).toContain(target.headline);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.goBack();
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, lead.headline);
    await page.waitForFunction(() => Math.abs(window.scrollY - 1200) < 2, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.title()).toContain(lead.headline);
    expect(errors).toEqual([]);
  });

  it('goes from the front page to a story and back to the front page without a reload', async () => {
    const { page } = browser;
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const brief = stories[3] as (typeof stories)[number];
    await page.getByRole('link', { name: brief.headline }).click();
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, brief.headline);
    await page.getByRole('link', { name: 'Broadsheet' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('article', { name: lead.headline }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});

describe('not found', () => {
  it.each(['/story/no-such-story', '/no/such/page'])('shows "Story not found" with a way home for %s', async (path) => {
    const { page, errors } = browser;
    errors.length = 0;
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(404);
    expect(await h1Text()).toBe('Story not found');
    await page.waitForLoadState('networkidle');
    // (The browser's own note of the 404 status is not an error of the page: see watchErrors.)
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await page.getByRole('article', { name: lead.headline }).waitFor();
  });
});
