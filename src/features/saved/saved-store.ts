import { useSyncExternalStore } from 'react';
import type { StorySummary } from '@/features/stories/story-schema';
import { parseJson, storedValue } from '@/lib/store';

/*
 * The reader's saved stories, in localStorage. Each entry keeps the story's summary, so the
 * Saved page lists them without the network; copies of the stories themselves are kept in Cache
 * Storage (src/features/offline), so a saved story opens offline too.
 */

export type SavedStory = Pick<StorySummary, 'slug' | 'section' | 'headline' | 'summary'> & { savedAt: string };

export const SAVED_KEY = 'broadsheet.saved';

function isSavedStory(value: unknown): value is SavedStory {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['slug', 'section', 'headline', 'summary', 'savedAt'].every((key) => typeof entry[key] === 'string');
}

// Whatever else is in storage (an old format, a hand edit) is ignored, not trusted.
const saved = storedValue<readonly SavedStory[]>(SAVED_KEY, (raw) => {
  const value = parseJson(raw, []);
  return Array.isArray(value) ? value.filter(isSavedStory) : [];
});

/** Saved stories, most recently saved first; the same array until the list changes. */
export const readSaved = saved.get;

const write = (stories: readonly SavedStory[]) => saved.write(JSON.stringify(stories));

/** Saves a story; false when the browser cannot store it (storage blocked or full). */
export function saveStory(story: Omit<SavedStory, 'savedAt'>, now = new Date()): boolean {
  const { slug, section, headline, summary } = story;
  const others = readSaved().filter((entry) => entry.slug !== slug);
  return write([{ slug, section, headline, summary, savedAt: now.toISOString() }, ...others]);
}

export function removeSaved(slug: string): boolean {
  return write(readSaved().filter((entry) => entry.slug !== slug));
}

/** Forgets every saved story; false when the browser will not change what it stored. */
export function removeAllSaved(): boolean {
  return saved.write(null);
}

/**
 * The saved list, or null while hydrating: the server cannot know what this reader saved, so it
 * renders the "loading" state and the list appears once the page is live.
 */
export function useSavedStories(): readonly SavedStory[] | null {
  return useSyncExternalStore(saved.subscribe, readSaved, () => null);
}

export function useIsSaved(slug: string): boolean | null {
  return useSyncExternalStore(
    saved.subscribe,
    () => readSaved().some((entry) => entry.slug === slug),
    () => null,
  );
}
