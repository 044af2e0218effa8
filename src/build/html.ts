import type { HeadData } from '../lib/head.ts';
import { PAGE_STATE_ID, type PageState, serializePageState } from '../lib/page-state.ts';
import { ROUTE_CHUNKS_META } from '../lib/route-chunks.ts';
import { SITE_NAME } from '../lib/site.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { FEED_FILE } from './discovery.ts';

import { escapeHtml } from './text-escape.ts';

export { escapeHtml };

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** Everything a page's <head> says about it: description, canonical, Open Graph, Twitter, JSON-LD. */
export function renderHeadTags(head: HeadData): string {
  const tags = [
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    meta('property', 'og:type', head.type),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    ...(head.image
      ? [
          meta('property', 'og:image', head.image.url),
          meta('property', 'og:image:width', String(head.image.width)),
          meta('property', 'og:image:height', String(head.image.height)),
          meta('property', 'og:image:alt', head.image.alt),
          meta('name', 'twitter:image:alt', head.image.alt),
        ]
      : []),
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    `<link rel="alternate" type="application/rss+xml" title="${SITE_NAME}" href="${escapeHtml(new URL(`/${FEED_FILE}`, head.url).href)}" />`,
  ];
  if (head.noindex) tags.push(meta('name', 'robots', 'noindex'));
  if (head.jsonLd) {
    // Data, not script: the CSP does not apply to it, and `<` is escaped so it cannot end the element.
    // U+2028 and U+2029 are escaped too: valid in JSON, but line ends to older JavaScript parsers.
    const json = JSON.stringify(head.jsonLd)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
    tags.push(`<script type="application/ld+json">${json}</script>`);
  }
  return tags.join('\n    ');
}

export type PageHtml = {
  head: HeadData;
  appHtml: string;
  state: PageState;
  /** Route chunks (file names under the site root) to fetch alongside the entry. */
  preload?: readonly string[];
  /** Font files (under the site root) that the page's text is set in: fetched with the stylesheet. */
  fonts?: readonly string[];
};

function replaceOnce(html: string, marker: string, value: string): string {
  if (!html.includes(marker)) throw new Error(`index.html has no ${marker} marker`);
  return html.replace(marker, () => value);
}

/** Fills the built index.html template with one prerendered page. */
export function renderPageHtml(template: string, page: PageHtml): string {
  let html = replaceOnce(
    template,
    '<!--app-csp-->',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
  );
  html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.head.title)}</title>`);
  // The page paints from HTML and CSS alone. Its one script tag (written by Vite, so set here) is
  // fetched at low priority, after the text and stylesheet.
  html = html.replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"');
  // The boot script preloads these after the first paint (see src/app/boot.ts).
  const preloads = page.preload?.length
    ? [`<meta name="${ROUTE_CHUNKS_META}" content="${page.preload.map((file) => `/${escapeHtml(file)}`).join(' ')}" />`]
    : [];
  // A font is found only once the stylesheet is parsed and the text laid out: asking at once
  // lets it arrive with the stylesheet, usually before the first paint.
  const fonts = (page.fonts ?? []).map(
    (file) => `<link rel="preload" as="font" type="font/woff2" href="/${escapeHtml(file)}" crossorigin />`,
  );
  html = replaceOnce(html, '<!--app-head-->', [...fonts, renderHeadTags(page.head), ...preloads].join('\n    '));
  html = replaceOnce(html, '<!--app-html-->', page.appHtml);
  html = replaceOnce(
    html,
    '<!--app-state-->',
    `<script type="application/json" id="${PAGE_STATE_ID}">${serializePageState(page.state)}</script>`,
  );
  return html;
}
