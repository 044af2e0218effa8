// @vitest-environment node

import { storyPage } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import { appRoutes, matchAppRoute } from './routes';

const content = {
  fronts: [
    { page: 1, pageCount: 2, stories: [] },
    { page: 2, pageCount: 2, stories: [] },
  ],
  pages: [storyPage('first-story'), storyPage('second-story')],
  sections: [
    { page: 1, pageCount: 2, stories: [], section: { name: 'news', label: 'News' } },
    { page: 2, pageCount: 2, stories: [], section: { name: 'news', label: 'News' } },
  ],
};

/** What the build would prerender: each table module's pages, once per module, in table order. */
async function prerenderedPaths() {
  const files = [...new Set(appRoutes.map((route) => route.file))];
  const pages = [];
  for (const file of files) {
    const module = await appRoutes.find((route) => route.file === file)?.load();
    const asked = module?.prerender?.({ content, siteUrl: 'https://news.example' }) ?? [];
    pages.push(...asked.map((page) => ({ ...page, module: file })));
  }
  return pages;
}

describe('the route table', () => {
  it('names a module for every route, each with its page and its error page', async () => {
    for (const route of appRoutes) {
      const module = await route.load();
      expect(module.Component, route.file).toBeTypeOf('function');
      expect(module.ErrorBoundary, route.file).toBeTypeOf('function');
    }
  });

  it('asks the build for every front page, every story, every section page, the Saved page, the search page and the two stand-in pages', async () => {
    const pages = await prerenderedPaths();
    expect(pages.map((page) => page.file ?? page.path)).toEqual([
      '/',
      '/page/2',
      '/story/first-story',
      '/story/second-story',
      '/section/news',
      '/section/news/page/2',
      '/saved',
      '/search',
      '404.html',
      'offline.html',
    ]);
    // The route a page's path matches is the module that asked for it (the 404 page: the catch-all).
    for (const page of pages) expect(matchAppRoute(page.path).route.file, page.path).toBe(page.module);
  });

  it('keeps the Saved page, the search page and the stand-in pages out of search engines, and indexes the rest', async () => {
    const indexed = (await prerenderedPaths()).filter((page) => !page.head.noindex).map((page) => page.head.url);
    expect(indexed).toEqual([
      'https://news.example/',
      'https://news.example/page/2',
      'https://news.example/story/first-story',
      'https://news.example/story/second-story',
      'https://news.example/section/news',
      'https://news.example/section/news/page/2',
    ]);
  });
});
