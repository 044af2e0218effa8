import { describe, expect, test } from 'vitest';
import { ROUTE_CHUNKS_META } from '../lib/route-chunks';
import { type PageHtml, renderPageHtml } from './html';

// What Vite writes into dist/index.html for the template in index.html.
const TEMPLATE = `<!doctype html><html lang="en"><head><!--app-csp--><title>Broadsheet</title><!--app-head-->
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="/assets/style-abc.css"></head>
<body><div id="root"><!--app-html--></div><!--app-state--></body></html>`;

const page: PageHtml = {
  head: {
    title: 'A story — Broadsheet',
    description: 'What it says.',
    url: 'http://localhost/story/a',
    type: 'article',
  },
  appHtml: '<main><h1>A story</h1></main>',
  state: { queries: { mutations: [], queries: [] } },
  preload: ['assets/story-abc.js', 'assets/entry-client-abc.js'],
};

describe('a prerendered page', () => {
  const html = renderPageHtml(TEMPLATE, page);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  test('names its route chunks for the boot script instead of fetching them before the first paint', () => {
    expect(doc.querySelector(`meta[name="${ROUTE_CHUNKS_META}"]`)?.getAttribute('content')).toBe(
      '/assets/story-abc.js /assets/entry-client-abc.js',
    );
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });

  test('fetches its one script at low priority, after the text and the stylesheet', () => {
    const scripts = doc.querySelectorAll('script[type="module"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('fetchpriority')).toBe('low');
  });

  test('carries the prerendered markup and title', () => {
    expect(doc.querySelector('#root h1')?.textContent).toBe('A story');
    expect(doc.title).toBe('A story — Broadsheet');
  });
});
