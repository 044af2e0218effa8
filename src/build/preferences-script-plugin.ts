import type { Plugin } from 'vite';
import { PREFERENCES_SCRIPT } from '../features/reading/preferences-script.ts';

const MARKER = '<!--app-preferences-script-->';

/**
 * Writes the script that applies the reader's theme and text size into the page's <head>, inline
 * (no request before the first paint), in the dev server and the build alike. The CSP allows it by
 * its hash (src/build/csp.ts).
 */
export function preferencesScriptPlugin(): Plugin {
  return {
    name: 'broadsheet:preferences-script',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(MARKER)) throw new Error(`index.html has no ${MARKER} marker`);
        return html.replace(MARKER, () => `<script>${PREFERENCES_SCRIPT}</script>`);
      },
    },
  };
}
