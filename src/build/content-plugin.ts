import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { FRONT_DATA_DIR, MEDIA_DIR, SECTION_DATA_DIR, STORY_DATA_DIR } from '../features/stories/api/data-files.ts';
import { type Content, type ContentError, loadContent } from './content.ts';
import { contentTypeFor } from './host-config.ts';

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
 * The dev server's copy of the content: read again (drafts included) whenever a file in the
 * content folder changes, then the page reloads; a story that does not validate is shown in
 * Vite's error overlay (and again to each page that connects until it is fixed).
 */
function serveContent(server: ViteDevServer, dir: string) {
  let current = loadContent(dir, process.cwd(), { drafts: true });
  const overlay = (error: unknown) => {
    const { message, loc, frame } = error as ContentError;
    server.ws.send({
      type: 'error',
      err: { message: message ?? String(error), stack: '', loc, frame, plugin: 'broadsheet:content' },
    });
  };
  current.catch(overlay);
  server.watcher.add(dir);
  server.watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(dir)) return;
    current = loadContent(dir, process.cwd(), { drafts: true });
    current.then(
      () => server.ws.send({ type: 'full-reload' }),
      (error) => {
        server.config.logger.error(String((error as Error).message), { timestamp: true });
        overlay(error);
      },
    );
  });
  server.ws.on('connection', () => current.catch(overlay));

  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
    const isData = path.startsWith('data/');
    if (!isData && !path.startsWith(`${MEDIA_DIR}/`)) return next();
    current.then(
      (content) => {
        const body = isData ? dataFiles(content).get(path) : content.media.get(path);
        if (body === undefined) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('content-type', contentTypeFor(path) ?? 'application/octet-stream');
        res.end(body);
      },
      (error) => next(error),
    );
  });
}

/**
 * Validates every story file when the build starts (a malformed one fails the build, naming the
 * file, and for Markdown the line and column), makes the pictures, then emits one JSON file per
 * story, per front-page page and per section page, and every picture variant. Drafts are left out
 * of a build; the dev server serves the same files from memory, drafts included.
 */
export function contentPlugin(options: { dir: string }): ContentPlugin {
  const dir = resolve(options.dir);
  let content: Content | undefined;
  let serving = false;
  return {
    name: 'broadsheet:content',
    api: {
      content() {
        if (!content) throw new Error('Story content has not been loaded yet');
        return content;
      },
    },
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      // The server bundle only renders what the client build hands it; the dev server reads on its own.
      if (serving || this.environment.config.build.ssr) return;
      content = await loadContent(dir);
      for (const draft of content.drafts) {
        this.warn(`Left out the draft ${draft} (remove \`draft: true\` from its front matter to publish it)`);
      }
    },
    configureServer(server) {
      serveContent(server, dir);
    },
    generateBundle() {
      if (!content || this.environment.config.build.ssr) return;
      for (const [fileName, source] of dataFiles(content)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
      for (const [fileName, source] of content.media) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
