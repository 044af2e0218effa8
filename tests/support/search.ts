import type { Page } from 'playwright-core';
import type { Story } from '@/features/stories/story-schema';
import { storyTexts } from '@/features/stories/story-text';

/** The search page's field, its polite status line and its list of results. */
export const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Search every story' });
export const searchStatus = (page: Page) => page.locator('main').getByRole('status');
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' });

/** Waits until the status line speaks of `query` (the count, or "No stories match"). */
export async function waitForSearch(page: Page, query: string): Promise<string> {
  const status = searchStatus(page).filter({ hasText: `“${query}”` });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/** Types a query into the search page's field, as a reader would, and waits for its outcome. */
export async function typeSearch(page: Page, query: string): Promise<string> {
  await searchField(page).fill('');
  await searchField(page).pressSequentially(query, { delay: 30 });
  return waitForSearch(page, query);
}

/** The headlines of the results on screen, in order. */
export async function resultHeadlines(page: Page): Promise<string[]> {
  if ((await searchResults(page).count()) === 0) return [];
  return (await searchResults(page).getByRole('heading', { level: 2 }).getByRole('link').allTextContents()).map((t) =>
    t.trim(),
  );
}

const lettersOf = (text: string) => text.match(/\p{L}{6,}/gu) ?? [];

/**
 * For each story, a word from its own text that no other story uses: finding the story by it
 * shows search reads every story's text.
 */
export function distinctiveWords(stories: readonly Story[]): { story: Story; word: string }[] {
  const usedBy = new Map<string, Set<string>>();
  for (const story of stories) {
    for (const word of lettersOf(storyTexts(story).join(' ').toLowerCase())) {
      usedBy.set(word, (usedBy.get(word) ?? new Set()).add(story.slug));
    }
  }
  return stories.map((story) => {
    const own = lettersOf(storyTexts(story).join(' ').toLowerCase()).filter((w) => usedBy.get(w)?.size === 1);
    const word = own.sort((a, b) => b.length - a.length)[0];
    if (!word) throw new Error(`${story.slug} has no word of its own`);
    return { story, word };
  });
}
