import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import type * as ServerEntry from '../app/entry-server.ts';
import type { Content } from './content.ts';
import { renderSitemap, SITEMAP_FILE } from './discovery.ts';
import { PRELOADED_FONT_FILES } from './fonts.ts';
import { renderPageHtml } from './html.ts';

type Options = {
  /** The server bundle built by `vite build --ssr` (see package.json "build"). */
  serverEntry: string;
  content: () => Content;
  siteUrl: string;
};

/** The JS files a lazily loaded module (a route's) needs beyond the entry: preloaded so hydration does not wait. */
function routeChunks(bundle: OutputBundle, routeModule: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const inEntry = new Set<string>(entry ? [entry.fileName, ...entry.imports] : []);
  const route = chunks.find((chunk) => chunk.facadeModuleId === resolve(routeModule));
  if (!route) throw new Error(`No chunk for route module ${routeModule}`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName) || inEntry.has(fileName)) return;
    files.add(fileName);
    for (const dep of byName.get(fileName)?.imports ?? []) visit(dep);
  };
  visit(route.fileName);
  return [...files];
}

/** The built files of the fonts every page preloads (hashed names under assets/). */
function preloadedFonts(bundle: OutputBundle): string[] {
  const assets = Object.values(bundle).filter((file): file is OutputAsset => file.type === 'asset');
  return PRELOADED_FONT_FILES.map((name) => {
    const asset = assets.find((file) => file.originalFileNames.some((original) => original.endsWith(`/${name}`)));
    if (!asset) throw new Error(`The font ${name} is not in the build: is it still named in src/styles/fonts.css?`);
    return asset.fileName;
  });
}

/**
 * Renders every page the route table lists (front pages, each story, each section's pages, the
 * Saved page, the 404 page) into the built index.html, so each URL is served as complete HTML
 * that the client then hydrates, and writes the sitemap of those that are worth indexing. The
 * pages join the bundle before it is written, so the service worker's build step sees them like
 * any other file. Every page preloads the font its text is set in.
 */
export function prerenderPlugin(options: Options): Plugin {
  return {
    name: 'broadsheet:prerender',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        if (this.environment.config.build.ssr) return;
        const template = bundle['index.html'];
        if (template?.type !== 'asset') this.error('index.html is missing from the bundle');
        const entry = resolve(options.serverEntry);
        if (!existsSync(entry)) {
          this.error(`No server bundle at ${entry}: build with "npm run build" (it builds the server bundle first).`);
        }
        const server = (await import(`${pathToFileURL(entry).href}?t=${Date.now()}`)) as typeof ServerEntry;
        const content = options.content();
        const pages = await server.prerenderSite(
          { fronts: content.fronts, pages: [...content.pages.values()], sections: content.sections },
          options.siteUrl,
        );
        const source = String(template.source);
        // Pages join the bundle as they are rendered, so the chunks are looked up once per module,
        // not once per page (which made a 10,000-story build quadratic).
        const chunksOf = new Map<string, string[]>();
        const chunksFor = (module: string) => {
          let files = chunksOf.get(module);
          if (!files) {
            files = routeChunks(bundle, module);
            chunksOf.set(module, files);
          }
          return files;
        };
        const fonts = preloadedFonts(bundle);
        for (const page of pages) {
          if (/<script|<template/i.test(page.appHtml)) {
            this.error(
              `Prerendered ${page.fileName} contains a script or template: something suspended while rendering.`,
            );
          }
          const preload = [...new Set(page.modules.flatMap(chunksFor))];
          const html = renderPageHtml(source, { ...page, preload, fonts });
          if (page.fileName === 'index.html') template.source = html;
          else this.emitFile({ type: 'asset', fileName: page.fileName, source: html });
        }
        const indexed = pages.filter((page) => !page.head.noindex).map((page) => page.head.url);
        this.emitFile({ type: 'asset', fileName: SITEMAP_FILE, source: renderSitemap(indexed) });
      },
    },
  };
}
