/*
 * The reader's display preferences as stored and as applied to <html>: the one source for the app
 * (./preferences.ts) and for the script that applies them before first paint
 * (./preferences-script.ts). No imports, so the build can read it from the Vite config.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Preferences = { theme: Theme; textSize: TextSize };

/** What the server renders: the system theme at the default size (no attribute on <html>). */
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 'medium' };

/** Each preference: where it is stored, the <html> attribute tokens.css reads, and its values. */
export const PREFERENCE_FIELDS = {
  theme: { key: 'broadsheet.theme', attribute: 'data-theme', values: THEMES },
  textSize: { key: 'broadsheet.text-size', attribute: 'data-text-size', values: TEXT_SIZES },
} as const;
