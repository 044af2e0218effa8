import { Feed, type Item } from 'feed';
import { storyPath } from '../features/stories/story-urls.ts';
import { absoluteUrl } from '../lib/head.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import type { Content } from './content.ts';
import { escapeHtml } from './text-escape.ts';

/** Where the build writes the news feed, the sitemap and robots.txt (under the site root). */
export const FEED_FILE = 'feed.xml';
export const SITEMAP_FILE = 'sitemap.xml';
export const ROBOTS_FILE = 'robots.txt';

/**
 * The RSS 2.0 news feed, front-page order. Feed readers take an item's title and description as
 * HTML, so story text (plain text) goes in escaped: a reader shows `<b>` as written, never as
 * markup. The feed says which address it was built for (SITE_URL). RSS makes an item's `pubDate` optional, so a story
 * without `datePublished` has none (the library's type asks for a date, but its RSS writer skips
 * a missing one). The channel's `lastBuildDate` is required by the library and is what it says:
 * when the feed was built.
 */
export function renderFeed(content: Pick<Content, 'stories'>, siteUrl: string, builtAt: Date): string {
  const home = absoluteUrl(siteUrl, '/');
  const feed = new Feed({
    id: home,
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    link: home,
    language: 'en',
    updated: builtAt,
    generator: SITE_NAME,
    feedLinks: { rss: absoluteUrl(siteUrl, `/${FEED_FILE}`) },
  });
  for (const story of content.stories) {
    const url = absoluteUrl(siteUrl, storyPath(story.slug));
    const date = story.datePublished ? new Date(story.datePublished) : undefined;
    const item: Omit<Item, 'date'> & { date?: Date } = {
      title: escapeHtml(story.headline),
      link: url,
      description: escapeHtml(story.standfirst),
      category: [{ name: story.section }],
      ...(date ? { date, published: date } : {}),
      ...(story.byline ? { author: [{ name: story.byline }] } : {}),
    };
    feed.addItem(item as Item);
  }
  // The address is an absolute http(s) URL (see site-url.ts): it cannot end the comment.
  return feed
    .rss2()
    .replace(/^(<\?xml[^>]*\?>)/, `$1\n<!-- Built by ${SITE_NAME} for ${home.replace(/--/g, '%2D%2D')} (SITE_URL) -->`);
}

/** XML and HTML escape alike: the sitemap's URLs go through the same function as page text. */
const escapeXml = escapeHtml;

/** The sitemap of the pages worth indexing (the prerender lists them from the route table): addresses only. */
export function renderSitemap(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderRobots(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, `/${SITEMAP_FILE}`)}`, ''].join('\n');
}
