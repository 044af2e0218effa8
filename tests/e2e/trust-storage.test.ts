import { setUpBrowser } from '@tests/support/browser';
import { blockStorage, waitForApp } from '@tests/support/trust';
import { expect, inject, it } from 'vitest';
import type { FrontPage, StoryPage } from '@/features/stories/story-schema';

/**
 * A locked-down private window: every storage API throws a SecurityError. Reading must not
 * depend on storage; preferences fall back to defaults, and Save explains that it cannot save.
 */
const baseUrl = inject('baseUrl');
const browser = setUpBrowser({ prepare: ({ context }) => blockStorage(context) });

it('storage really is blocked in these pages', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/`);
  const failures = await page.evaluate(() =>
    (['localStorage', 'sessionStorage', 'indexedDB'] as const).map((name) => {
      try {
        void window[name];
        return 'allowed';
      } catch (error) {
        return (error as DOMException).name;
      }
    }),
  );
  expect(failures).toEqual(['SecurityError', 'SecurityError', 'SecurityError']);
});

it('with storage blocked, the reader still reads stories and moves between them, and nothing throws', async () => {
  const { page, errors } = browser;
  const front = (await (await fetch(`${baseUrl}/data/front/1.json`)).json()) as FrontPage;
  const lead = front.stories[0];
  const leadPage = (await (await fetch(`${baseUrl}/data/stories/${lead?.slug}.json`)).json()) as StoryPage;
  const second = leadPage.related[0];
  if (!lead || !second) throw new Error('The lead story needs a related story');

  await page.goto(`${baseUrl}/`);
  await waitForApp(page);
  await page.getByRole('link', { name: lead.headline }).first().click();
  await page.getByRole('heading', { level: 1, name: lead.headline }).waitFor();
  await waitForApp(page);
  await expect.poll(() => page.getByText(lead.summary).first().isVisible()).toBe(true);

  await page
    .getByRole('complementary', { name: 'Related stories' })
    .getByRole('link', { name: second.headline })
    .click();
  await page.getByRole('heading', { level: 1, name: second.headline }).waitFor();

  await page.goBack();
  await page.getByRole('heading', { level: 1, name: lead.headline }).waitFor();
  await page.reload();
  await waitForApp(page);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: lead.headline }).isVisible()).toBe(true);

  expect(errors).toEqual([]);
});

it('with storage blocked, Save explains it cannot save, the Saved page says nothing is saved, and preferences use defaults', async () => {
  const { page, errors } = browser;
  const front = (await (await fetch(`${baseUrl}/data/front/1.json`)).json()) as FrontPage;
  const lead = front.stories[0];
  if (!lead) throw new Error('The front page has no stories');
  errors.length = 0;

  await page.goto(`${baseUrl}/story/${lead.slug}`);
  await waitForApp(page);
  // No stored preference could be read: the page follows the system theme at the default size.
  expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
  expect(await page.evaluate(() => document.documentElement.dataset.textSize ?? null)).toBeNull();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Can’t save here' }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Save', exact: true }).getAttribute('aria-pressed')).toBe('false');

  // Choosing a theme still changes this page, even though it cannot be remembered.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saved' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved stories' }).waitFor();
  await page.getByText('Nothing saved yet.').waitFor();
  expect(errors).toEqual([]);
});
