// @vitest-environment node
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Story } from '../features/stories/story-schema.ts';
import { renderFeed, renderRobots, renderSitemap } from './discovery.ts';

const SITE = 'https://news.example/';

const story = (slug: string, extra: Partial<Story> = {}): Story => ({
  slug,
  section: 'News',
  headline: `Headline of ${slug}`,
  standfirst: `Standfirst of ${slug}.`,
  body: [],
  related: [],
  ...extra,
});

type RssItem = { title: string; link: string; description: string; pubDate?: string; category: string };

function parseFeed(xml: string): { lastBuildDate: string; items: RssItem[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel;
  return { lastBuildDate: channel.lastBuildDate, items: channel.item ?? [] };
}

describe('renderFeed', () => {
  it('lists every story in front-page order, linking to its page, without inventing dates', () => {
    const built = new Date('2030-01-02T03:04:05Z');
    const feed = parseFeed(renderFeed({ stories: [story('first'), story('second')] }, SITE, built));
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://news.example/story/first',
      'https://news.example/story/second',
    ]);
    expect(feed.items[0]).toMatchObject({ title: 'Headline of first', description: 'Standfirst of first.' });
    expect(feed.items.every((item) => item.pubDate === undefined)).toBe(true);
    expect(feed.lastBuildDate).toBe(built.toUTCString());
  });

  it('gives an item a date only when its story has one', () => {
    const dated = story('dated', { datePublished: '2022-09-22T10:00:00+02:00' });
    const [item] = parseFeed(renderFeed({ stories: [dated] }, SITE, new Date())).items;
    expect(item?.pubDate).toBe('Thu, 22 Sep 2022 08:00:00 GMT');
  });

  it('keeps markup and CDATA terminators in story text as text a feed reader shows literally', () => {
    const headline = 'A ]]> B <script>alert(1)</script> & C';
    const standfirst = 'Standfirst with "quotes" & <b>tags</b> <img src=x onerror=alert(1)>';
    const [item] = parseFeed(
      renderFeed({ stories: [story('hostile', { headline, standfirst, section: 'S&P <b>' })] }, SITE, new Date()),
    ).items;
    // Readers take title and description as HTML: as HTML they are the text, with no element in it.
    for (const [html, text] of [
      [item?.title, headline],
      [item?.description, standfirst],
    ]) {
      const shown = new JSDOM(`<p>${html}</p>`).window.document.querySelector('p');
      expect(shown?.textContent).toBe(text);
      expect(shown?.children).toHaveLength(0);
    }
    expect(item?.category).toBe('S&P <b>');
  });

  it('says which address it was built for', () => {
    expect(renderFeed({ stories: [story('one')] }, SITE, new Date())).toMatch(
      /^<\?xml[^>]*\?>\n<!-- Built by Broadsheet for https:\/\/news\.example\/ \(SITE_URL\) -->/,
    );
  });
});

describe('renderSitemap', () => {
  it('lists the pages it is given, escaped for XML', () => {
    const xml = renderSitemap(['https://news.example/', 'https://news.example/story/first?a=1&b=<2>']);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as { loc: string }[];
    expect(urls.map((url) => url.loc)).toEqual(['https://news.example/', 'https://news.example/story/first?a=1&b=<2>']);
  });
});

describe('renderRobots', () => {
  it('allows crawling and points at the sitemap on the site URL', () => {
    expect(renderRobots(SITE)).toMatch(/^User-agent: \*$[\s\S]*^Sitemap: https:\/\/news\.example\/sitemap\.xml$/m);
  });
});
