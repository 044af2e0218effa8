import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Makes `vite preview` behave like a static host configured for this site: a page that was not
 * prerendered is answered with the prerendered 404 page and status 404 (never the front page,
 * which would then hydrate as the wrong page).
 */
export function previewNotFoundPlugin(): Plugin {
  return {
    name: 'broadsheet:preview-404',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      return () => {
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '/').split('?')[0] ?? '/';
          if (url.endsWith('.html') && existsSync(join(outDir, url))) return next();
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const page = join(outDir, '404.html');
          if (!existsSync(page)) return next();
          res.statusCode = 404;
          for (const [name, value] of Object.entries(server.config.preview.headers ?? {})) {
            res.setHeader(name, value as string);
          }
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(req.method === 'HEAD' ? undefined : readFileSync(page));
        });
      };
    },
  };
}
