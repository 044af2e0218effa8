import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FRONT_DATA_DIR, SECTION_DATA_DIR, STORY_DATA_DIR } from '../features/stories/api/data-files.ts';
import { type Content, loadContent } from './content.ts';

export type ContentPlugin = Plugin & { api: { content(): Content } };

/** Every data file the browser fetches, by its path under the site root. */
export function dataFiles(content: Content): Map<string, string> {
  const files = new Map<string, string>();
  for (const [slug, page] of content.pages) files.set(`${STORY_DATA_DIR}/${slug}.json`, JSON.stringify(page));
  for (const front of content.fronts) files.set(`${FRONT_DATA_DIR}/${front.page}.json`, JSON.stringify(front));
  for (const page of content.sections) {
    files.set(`${SECTION_DATA_DIR}/${page.section.name}/${page.page}.json`, JSON.stringify(page));
  }
  return files;
}

/**
 * Validates every story file when the build starts (a malformed one fails the build, naming the
 * file and field), then emits one JSON file per story, per front-page page and per section page. The dev server
 * serves the same files from memory.
 */
export function contentPlugin(options: { dir: string }): ContentPlugin {
  const dir = resolve(options.dir);
  let content: Content | undefined;
  return {
    name: 'broadsheet:content',
    api: {
      content() {
        if (!content) throw new Error('Story content has not been loaded yet');
        return content;
      },
    },
    buildStart() {
      content = loadContent(dir);
      for (const story of content.stories) this.addWatchFile(resolve(dir, `${story.slug}.json`));
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!path.startsWith('data/')) return next();
        try {
          const body = dataFiles(loadContent(dir)).get(path);
          if (body === undefined) {
            res.statusCode = 404;
            res.end('Not found');
            return;
          }
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(body);
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle() {
      if (!content || this.environment.config.build.ssr) return;
      for (const [fileName, source] of dataFiles(content)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
