import { useSyncExternalStore } from 'react';
import { onOtherTabChange, readItem, removeItem, writeItem } from '@/lib/storage';

/*
 * The reader's display preferences. public/preferences.js (a classic script in <head>, before
 * first paint) applies the stored values to <html>; this module reads and changes them after
 * hydration. Both use the same keys and values: keep them in step (a unit test checks).
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Preferences = { theme: Theme; textSize: TextSize };

export const THEME_KEY = 'broadsheet.theme';
export const TEXT_SIZE_KEY = 'broadsheet.text-size';

/** What the server renders: the system theme at the default size (no attribute on <html>). */
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 'medium' };

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);
const isTextSize = (value: unknown): value is TextSize => TEXT_SIZES.includes(value as TextSize);

let snapshot: Preferences = DEFAULT_PREFERENCES;
/** Choices this browser refused to store: they hold for the life of the page. */
let unstored: Partial<Preferences> = {};
const listeners = new Set<() => void>();

export function readPreferences(): Preferences {
  const theme = readItem(THEME_KEY);
  const textSize = readItem(TEXT_SIZE_KEY);
  const next = {
    theme: unstored.theme ?? (isTheme(theme) ? theme : DEFAULT_PREFERENCES.theme),
    textSize: unstored.textSize ?? (isTextSize(textSize) ? textSize : DEFAULT_PREFERENCES.textSize),
  };
  // useSyncExternalStore needs the same object while nothing has changed.
  if (snapshot.theme !== next.theme || snapshot.textSize !== next.textSize) snapshot = next;
  return snapshot;
}

/** Sets (or, for the defaults, removes) the attributes tokens.css reads. */
export function applyPreferences(root: HTMLElement, { theme, textSize }: Preferences): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  if (textSize === 'medium') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', textSize);
}

function store<K extends keyof Preferences>(name: K, key: string, value: Preferences[K]): boolean {
  const isDefault = value === DEFAULT_PREFERENCES[name];
  const stored = isDefault ? removeItem(key) : writeItem(key, value);
  if (stored) delete unstored[name];
  else unstored = { ...unstored, [name]: value };
  return stored;
}

/**
 * Changes a preference. It applies to the page at once; it returns false when it could not be
 * remembered (storage blocked or full), so the choice lasts only until the page is reloaded.
 */
export function setPreference(change: Partial<Preferences>): boolean {
  let remembered = true;
  if (change.theme) remembered = store('theme', THEME_KEY, change.theme) && remembered;
  if (change.textSize) remembered = store('textSize', TEXT_SIZE_KEY, change.textSize) && remembered;
  applyPreferences(document.documentElement, readPreferences());
  for (const listener of listeners) listener();
  return remembered;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A choice made in another tab applies here too.
  const stop = onOtherTabChange([THEME_KEY, TEXT_SIZE_KEY], () => {
    applyPreferences(document.documentElement, readPreferences());
    listener();
  });
  return () => {
    listeners.delete(listener);
    stop();
  };
}

/** The current preferences: the defaults while hydrating (as the server rendered), then the stored ones. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, readPreferences, () => DEFAULT_PREFERENCES);
}
