import { setUpBrowser } from '@tests/support/browser';
import { briefSlug, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import { waitForApp } from '@tests/support/trust';
import { describe, expect, inject, it } from 'vitest';
import { sectionSlug } from '@/features/stories/section-slug';
import { sectionPath, storyPath } from '@/features/stories/story-urls';

/*
 * One title per page: the <title> the host serves (written by the build) and document.title in
 * the browser — after hydration, and after reaching the page inside the app — are the same.
 */
const baseUrl = inject('baseUrl');
const browser = setUpBrowser();

const PAGES = [
  { name: 'the front page', path: '/' },
  { name: 'the lead story', path: storyPath(LEAD_SLUG) },
  { name: 'a brief', path: storyPath(briefSlug()) },
  { name: 'a section page', path: sectionPath(sectionSlug(storyBySlug(LEAD_SLUG).section)) },
  { name: 'the Saved page', path: '/saved' },
  { name: 'the search page', path: '/search' },
  // The query is never in the title, as markup or as text (issue 15).
  { name: 'a search for markup', path: `/search?q=${encodeURIComponent('</title><img src=x onerror=alert(1)>')}` },
  { name: 'the not-found page', path: '/no/such/page' },
];

async function servedTitle(path: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (title === undefined) throw new Error(`${path} was served without a <title>`);
  // The only entities the build writes in a title.
  return title.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
  );
}

describe.each(PAGES)('$name', ({ path }) => {
  it('has the served title in the browser once the app has hydrated', async () => {
    const { page } = browser;
    const served = await servedTitle(path);
    await page.goto(`${baseUrl}${path}`);
    await waitForApp(page);
    expect(await page.title()).toBe(served);
  });
});

describe('reached inside the app', () => {
  it('each page takes the title the host serves for it', async () => {
    const { page, errors } = browser;
    const lead = storyBySlug(LEAD_SLUG);
    const related = storyBySlug(lead.related[0] ?? '');
    await page.goto(`${baseUrl}${storyPath(related.slug)}`);
    await waitForApp(page);
    const steps = [
      { path: '/', go: () => page.getByRole('link', { name: 'Front page' }).click() },
      { path: storyPath(LEAD_SLUG), go: () => page.getByRole('link', { name: lead.headline }).first().click() },
      {
        path: storyPath(related.slug),
        go: () =>
          page
            .getByRole('complementary', { name: 'Related stories' })
            .getByRole('link', { name: related.headline })
            .click(),
      },
      {
        path: sectionPath(sectionSlug(related.section)),
        go: () => page.getByRole('article').getByRole('link', { name: related.section, exact: true }).click(),
      },
      {
        path: '/saved',
        go: () => page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saved' }).click(),
      },
      {
        path: '/search?q=starlink',
        go: async () => {
          await page.getByRole('searchbox', { name: 'Search stories' }).fill('starlink');
          await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
        },
      },
    ];
    for (const step of steps) {
      const served = await servedTitle(step.path);
      await step.go();
      await page.waitForURL(`${baseUrl}${step.path}`);
      await expect.poll(() => page.title(), { message: step.path }).toBe(served);
    }
    expect(errors).toEqual([]);
  });
});
