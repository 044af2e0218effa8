import { useSyncExternalStore } from 'react';
import type { StorySummary } from '@/features/stories/story-schema';
import { onOtherTabChange, readItem, writeItem } from '@/lib/storage';

/*
 * The reader's saved stories, in localStorage. Each entry keeps the story's summary, so the
 * Saved page lists them without the network; the stories themselves are precached by the
 * service worker, so a saved story opens offline too.
 */

export type SavedStory = Pick<StorySummary, 'slug' | 'section' | 'headline' | 'summary'> & { savedAt: string };

export const SAVED_KEY = 'broadsheet.saved';

const listeners = new Set<() => void>();
let cached: { raw: string | null; stories: readonly SavedStory[] } | undefined;

function isSavedStory(value: unknown): value is SavedStory {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['slug', 'section', 'headline', 'summary', 'savedAt'].every((key) => typeof entry[key] === 'string');
}

function parse(raw: string | null): readonly SavedStory[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    // Whatever else is in storage (an old format, a hand edit) is ignored, not trusted.
    return Array.isArray(value) ? value.filter(isSavedStory) : [];
  } catch {
    return [];
  }
}

/** Saved stories, most recently saved first; the same array until the list changes. */
export function readSaved(): readonly SavedStory[] {
  const raw = readItem(SAVED_KEY);
  if (cached?.raw !== raw) cached = { raw, stories: parse(raw) };
  return cached.stories;
}

function write(stories: readonly SavedStory[]): boolean {
  const ok = writeItem(SAVED_KEY, JSON.stringify(stories));
  if (ok) for (const listener of listeners) listener();
  return ok;
}

/** Saves a story; false when the browser cannot store it (storage blocked or full). */
export function saveStory(story: Omit<SavedStory, 'savedAt'>, now = new Date()): boolean {
  const { slug, section, headline, summary } = story;
  const others = readSaved().filter((saved) => saved.slug !== slug);
  return write([{ slug, section, headline, summary, savedAt: now.toISOString() }, ...others]);
}

export function removeSaved(slug: string): boolean {
  return write(readSaved().filter((saved) => saved.slug !== slug));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const stop = onOtherTabChange([SAVED_KEY], listener);
  return () => {
    listeners.delete(listener);
    stop();
  };
}

/**
 * The saved list, or null while hydrating: the server cannot know what this reader saved, so it
 * renders the "loading" state and the list appears once the page is live.
 */
export function useSavedStories(): readonly SavedStory[] | null {
  return useSyncExternalStore(subscribe, readSaved, () => null);
}

export function useIsSaved(slug: string): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => readSaved().some((saved) => saved.slug === slug),
    () => null,
  );
}
