import { useSyncExternalStore } from 'react';
import { storedValue } from '@/lib/store';
import { DEFAULT_PREFERENCES, PREFERENCE_FIELDS, type Preferences, TEXT_SIZES, THEMES } from './preference-values';

/*
 * The reader's display preferences. The inline head script (./preferences-script.ts) applies the
 * stored values to <html> before first paint; this module reads and changes them after hydration.
 * Both are written from ./preference-values.ts.
 */

export {
  DEFAULT_PREFERENCES,
  type Preferences,
  TEXT_SIZES,
  type TextSize,
  THEMES,
  type Theme,
} from './preference-values';

export const THEME_KEY = PREFERENCE_FIELDS.theme.key;
export const TEXT_SIZE_KEY = PREFERENCE_FIELDS.textSize.key;

const fields = Object.keys(PREFERENCE_FIELDS) as (keyof Preferences)[];

/** Anything stored that is not one of a preference's values reads as its default. */
const oneOf =
  <T extends string>(values: readonly T[], fallback: T) =>
  (raw: string | null): T =>
    values.includes(raw as T) ? (raw as T) : fallback;

const stored = {
  theme: storedValue(THEME_KEY, oneOf(THEMES, DEFAULT_PREFERENCES.theme)),
  textSize: storedValue(TEXT_SIZE_KEY, oneOf(TEXT_SIZES, DEFAULT_PREFERENCES.textSize)),
};

let snapshot: Preferences = DEFAULT_PREFERENCES;
/** Choices this browser refused to store: they hold for the life of the page. */
let unstored: Partial<Preferences> = {};
const listeners = new Set<() => void>();

export function readPreferences(): Preferences {
  const next = {
    theme: unstored.theme ?? stored.theme.get(),
    textSize: unstored.textSize ?? stored.textSize.get(),
  };
  // useSyncExternalStore needs the same object while nothing has changed.
  if (snapshot.theme !== next.theme || snapshot.textSize !== next.textSize) snapshot = next;
  return snapshot;
}

/** Sets (or, for the defaults, removes) the attributes tokens.css reads. */
export function applyPreferences(root: HTMLElement, preferences: Preferences): void {
  for (const name of fields) {
    const { attribute } = PREFERENCE_FIELDS[name];
    const value = preferences[name];
    if (value === DEFAULT_PREFERENCES[name]) root.removeAttribute(attribute);
    else root.setAttribute(attribute, value);
  }
}

function store<K extends keyof Preferences>(name: K, value: Preferences[K]): boolean {
  // The default is stored as nothing at all.
  const remembered = stored[name].write(value === DEFAULT_PREFERENCES[name] ? null : value);
  if (remembered) delete unstored[name];
  else unstored = { ...unstored, [name]: value };
  return remembered;
}

/**
 * Changes a preference. It applies to the page at once; it returns false when it could not be
 * remembered (storage blocked or full), so the choice lasts only until the page is reloaded.
 */
export function setPreference(change: Partial<Preferences>): boolean {
  let remembered = true;
  if (change.theme) remembered = store('theme', change.theme) && remembered;
  if (change.textSize) remembered = store('textSize', change.textSize) && remembered;
  applyPreferences(document.documentElement, readPreferences());
  for (const listener of listeners) listener();
  return remembered;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A choice made in another tab applies here too.
  const onStoredChange = () => {
    applyPreferences(document.documentElement, readPreferences());
    listener();
  };
  const stops = fields.map((name) => stored[name].subscribe(onStoredChange));
  return () => {
    listeners.delete(listener);
    for (const stop of stops) stop();
  };
}

/** The current preferences: the defaults while hydrating (as the server rendered), then the stored ones. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, readPreferences, () => DEFAULT_PREFERENCES);
}
