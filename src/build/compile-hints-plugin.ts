import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chromium 136 and later; a plain comment to any other engine). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Marks the chunks every page runs as soon as the app starts, so that V8 compiles their functions
 * ahead, on a background thread while the file streams in, instead of one at a time on the main
 * thread as each is first called. React's DOM renderer arrives wrapped in one CommonJS function of
 * ~200 kB: compiled lazily, its first call (hydration's start) was the longest task of a page load.
 */
export function compileHintsPlugin(chunkNames: readonly string[]): Plugin {
  return {
    name: 'broadsheet:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunkNames.includes(chunk.name)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
