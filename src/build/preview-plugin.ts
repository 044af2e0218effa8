import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SECURITY_HEADERS } from './csp.ts';
import { cacheControlFor, contentTypeFor, HOST_FILES, NOT_FOUND_PAGE } from './host-config.ts';

/**
 * Makes `vite preview` behave like a static host configured for this site, by the same rules as
 * the nginx config and `_headers` (host-config.ts): the security headers on every response, each
 * file's Cache-Control and Content-Type, the host's config files not served, and a page that was
 * not prerendered answered with the prerendered 404 page and status 404 (never the front page,
 * which would then hydrate as the wrong page).
 */
export function previewNotFoundPlugin(): Plugin {
  return {
    name: 'broadsheet:preview-404',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const layout = { assetsDir: server.config.build.assetsDir };
      const hostFiles = Object.values(HOST_FILES).map((file) => `/${file}`);
      const page = join(outDir, NOT_FOUND_PAGE);
      const notFound = (method: string | undefined, res: ServerResponse) => {
        res.statusCode = 404;
        res.setHeader('Cache-Control', cacheControlFor(`/${NOT_FOUND_PAGE}`, layout));
        res.setHeader('Content-Type', contentTypeFor(NOT_FOUND_PAGE) ?? 'text/html');
        res.end(method === 'HEAD' ? undefined : readFileSync(page));
      };
      // Before the static files, which keep a header that is already set (304s included).
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        if (hostFiles.includes(path) && existsSync(page)) return notFound(req.method, res);
        res.setHeader('Cache-Control', cacheControlFor(path, layout));
        const type = contentTypeFor(path);
        if (type) res.setHeader('Content-Type', type);
        next();
      });
      return () => {
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '/').split('?')[0] ?? '/';
          if (url.endsWith('.html') && existsSync(join(outDir, url))) return next();
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          if (!existsSync(page)) return next();
          notFound(req.method, res);
        });
      };
    },
  };
}
