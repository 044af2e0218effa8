import { setUpBrowser } from '@tests/support/browser';
import { waitForApp } from '@tests/support/trust';
import { expect, inject, it } from 'vitest';
import type { FrontPage, StoryPage } from '@/features/stories/story-schema';

// No service worker yet (as on a first visit before it installs): the data requests themselves fail.
const baseUrl = inject('baseUrl');
const STORY_DATA = '**/data/stories/**';
const browser = setUpBrowser({ serviceWorkers: 'block' });

async function leadStory(): Promise<StoryPage> {
  const front = (await (await fetch(`${baseUrl}/data/front/1.json`)).json()) as FrontPage;
  const slug = front.stories[0]?.slug;
  return (await (await fetch(`${baseUrl}/data/stories/${slug}.json`)).json()) as StoryPage;
}

it('when the network drops while a story opens, the reader sees why and Retry brings the story', async () => {
  const { page } = browser;
  const lead = await leadStory();
  const next = lead.related[0];
  if (!next) throw new Error('The lead story has no related stories');
  await page.goto(`${baseUrl}/story/${lead.story.slug}`);
  await waitForApp(page);
  const { errors } = browser;
  errors.length = 0;

  let failed = 0;
  await page.route(STORY_DATA, async (route) => {
    failed += 1;
    await route.abort('internetdisconnected');
  });
  await page.getByRole('complementary', { name: 'Related stories' }).getByRole('link', { name: next.headline }).click();

  await page.getByRole('heading', { level: 1, name: 'This story couldn’t load' }).waitFor();
  await expect.poll(() => page.getByText('Check your connection, then retry.').isVisible()).toBe(true);
  expect(failed).toBeGreaterThan(0);
  // The address already names the story, so a reload or a shared link also works once online.
  expect(new URL(page.url()).pathname).toBe(`/story/${next.slug}`);

  await page.unroute(STORY_DATA);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('heading', { level: 1, name: next.headline }).waitFor();
  await expect.poll(() => page.locator('main article p').count()).toBeGreaterThan(0);

  // The failed requests are the only console errors Chromium logs; nothing was thrown.
  expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
});
