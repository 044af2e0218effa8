import { setUpBrowser } from '@tests/support/browser';
import { builtStories, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import { waitForApp } from '@tests/support/trust';
import { describe, expect, inject, it } from 'vitest';
import { FRONT_PAGE_SIZE } from '@/features/stories/api/data-files';
import { sectionSlug } from '@/features/stories/section-slug';
import { sectionPath, storyPath } from '@/features/stories/story-urls';

/*
 * Section pages in the browser, against the build under test: every section's stories, in
 * front-page order (builtStories is in that order), reached from the section above a headline.
 */
const base = inject('baseUrl');
const stories = builtStories();
const lead = storyBySlug(LEAD_SLUG);
const leadSection = sectionPath(sectionSlug(lead.section));
const inSection = (label: string) => stories.filter((story) => sectionSlug(story.section) === sectionSlug(label));
const browser = setUpBrowser();

describe('the section above a headline', () => {
  it('on a story, leads to the section’s page, focused on its heading, without reloading the page', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}${storyPath(LEAD_SLUG)}`);
    await waitForApp(page);
    await page.evaluate(() => {
      (window as Window & { sameDocument?: boolean }).sameDocument = true;
    });
    const kicker = page.getByRole('article').getByRole('link', { name: lead.section, exact: true });
    await kicker.click();
    await page.waitForURL(`${base}${leadSection}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.locator('h1').textContent()).toBe(lead.section);
    expect(await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('on the front page, leads from the lead story and from every listed story to its section', async () => {
    const { page } = browser;
    await page.goto(`${base}/`);
    const kickers = await page
      .getByRole('main')
      .getByRole('article')
      .evaluateAll((articles) =>
        articles.map((article) => {
          const link = article.querySelector('a');
          return { label: link?.textContent, href: link?.getAttribute('href') };
        }),
      );
    expect(kickers).toEqual(
      stories
        .slice(0, FRONT_PAGE_SIZE)
        .map((story) => ({ label: story.section, href: sectionPath(sectionSlug(story.section)) })),
    );
  });
});

describe('a section page, served without JavaScript', () => {
  const offline = setUpBrowser({ javaScriptEnabled: false });

  it.each([...new Set(stories.map((story) => story.section))])(
    'lists the stories of %s, newest first, each linking to its story',
    async (label) => {
      const { page } = offline;
      const expected = inSection(label).slice(0, FRONT_PAGE_SIZE);
      const response = await page.goto(`${base}${sectionPath(sectionSlug(label))}`);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(label);
      const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
      expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual(
        expected.map((story) => [story.headline, storyPath(story.slug)]),
      );
      const pages = Math.ceil(inSection(label).length / FRONT_PAGE_SIZE);
      const older = page.getByRole('link', { name: 'Older stories' });
      expect(await older.count()).toBe(pages > 1 ? 1 : 0);
    },
  );

  it('has no page past its last, and no section that no story has', async () => {
    const pages = Math.ceil(inSection(lead.section).length / FRONT_PAGE_SIZE);
    for (const path of [sectionPath(sectionSlug(lead.section), pages + 1), '/section/no-such-section']) {
      const response = await offline.page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await offline.page.getByRole('heading', { level: 1 }).textContent()).toBe('Story not found');
    }
  });
});
