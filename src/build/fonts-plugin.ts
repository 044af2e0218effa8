import type { Plugin } from 'vite';
import { FALLBACK_FACES_MARKER, fallbackFontFaces } from './fonts.ts';

/**
 * Writes the metric-adjusted stand-ins for the web font into src/styles/fonts.css, where its
 * marker is, in the dev server, the build and the server bundle alike.
 */
export function fontsPlugin(): Plugin {
  return {
    name: 'broadsheet:fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/src/styles/fonts.css')) return undefined;
      if (!code.includes(FALLBACK_FACES_MARKER)) this.error(`${id} has no ${FALLBACK_FACES_MARKER} marker`);
      return { code: code.replace(FALLBACK_FACES_MARKER, () => fallbackFontFaces()), map: null };
    },
  };
}
