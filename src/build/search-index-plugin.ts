import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SEARCH_DIR } from '../features/search/search-files.ts';
import type { Content } from './content.ts';
import { writeSearchIndex } from './search-index.ts';

type Options = { content: () => Content };

/**
 * Writes the search index (Pagefind) of the validated stories into `<out>/pagefind`, once the
 * client build is on disk, so the bundler never sees it and the service worker, generated after
 * this, can leave it out of its precache (see pwa-plugin.ts).
 */
export function searchIndexPlugin(options: Options): Plugin {
  return {
    name: 'broadsheet:search-index',
    apply: 'build',
    async writeBundle(output) {
      if (this.environment.config.build.ssr) return;
      const dir = join(output.dir ?? this.environment.config.build.outDir, SEARCH_DIR);
      const started = performance.now();
      const files = await writeSearchIndex(options.content().stories, dir);
      const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
      this.info(
        `search index: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB in ${SEARCH_DIR}/ (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}
