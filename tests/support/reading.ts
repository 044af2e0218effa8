import type { Page } from 'playwright-core';
import { sectionSlug } from '@/features/stories/section-slug';
import { sectionPath, storyPath } from '@/features/stories/story-urls';
import { briefSlug, LEAD_SLUG, storyBySlug } from './content';

/** The lead story (a full story with pull-quote subsections) and a brief (headline and standfirst). */
export const FULL_STORY = storyPath(LEAD_SLUG);
export const BRIEF_STORY = storyPath(briefSlug());
/** The page of the lead story's section. */
export const SECTION_PAGE = sectionPath(sectionSlug(storyBySlug(LEAD_SLUG).section));

/**
 * Opens a page and waits until it has hydrated: the network goes quiet once the app's code (and
 * the service worker's install) has arrived.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

/** Opens the header's Display panel (theme and text size) unless it is open already. */
export async function openDisplay(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Display' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Chooses a display setting through the header's Display panel, as a reader would. */
export async function chooseDisplay(page: Page, group: 'Theme' | 'Text size', option: string): Promise<void> {
  await openDisplay(page);
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option }).check();
}

/** The last paragraph of the story's body text. */
export const lastParagraph = (page: Page) => page.locator('main article p').last();
