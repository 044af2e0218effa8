import { builtStories } from '@tests/support/content';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { scriptHash } from '@/build/csp';
import { PREFERENCES_SCRIPT } from '@/features/reading/preferences-script';
import { sectionSlug } from '@/features/stories/section-slug';
import { sectionPath } from '@/features/stories/story-urls';

/** What a crawler or a link preview sees: the served HTML, fetched over HTTP, no JavaScript run. */

const baseUrl = inject('baseUrl');
const stories = builtStories();

async function served(path: string): Promise<{ response: Response; document: Document }> {
  const response = await fetch(`${baseUrl}${path}`);
  const { document } = new JSDOM(await response.text()).window;
  return { response, document };
}

const metaContent = (document: Document, selector: string) =>
  document.querySelector(`meta[${selector}]`)?.getAttribute('content');

describe.each(stories.map((story) => [story.slug, story] as const))('the served page of %s', (slug, story) => {
  it('carries its title, description, canonical link, Open Graph and Twitter card', async () => {
    const { response, document } = await served(`/story/${slug}`);
    expect(response.status).toBe(200);
    expect(document.title).toContain(story.headline);
    expect(metaContent(document, 'name="description"')).toBe(story.standfirst);

    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe(`/story/${slug}`);
    expect(metaContent(document, 'property="og:type"')).toBe('article');
    expect(metaContent(document, 'property="og:title"')).toBe(document.title);
    expect(metaContent(document, 'property="og:description"')).toBe(story.standfirst);
    expect(metaContent(document, 'property="og:url"')).toBe(canonical);
    expect(metaContent(document, 'property="og:site_name"')).toBe('Broadsheet');
    expect(metaContent(document, 'name="twitter:card"')).toMatch(/^summary/);

    const feed = document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href');
    expect(new URL(feed ?? '').pathname).toBe('/feed.xml');
  });

  it('describes itself as a NewsArticle in JSON-LD, with no dates it does not have', async () => {
    const { document } = await served(`/story/${slug}`);
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]?.textContent ?? '');
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.standfirst,
      articleSection: story.section,
      mainEntityOfPage: { '@id': canonical },
      isAccessibleForFree: true,
    });
    for (const field of ['datePublished', 'dateModified', 'dateCreated']) {
      if (!story.datePublished) expect(data).not.toHaveProperty(field);
    }
  });

  it('carries the Content Security Policy, and runs no inline script or handler but the hashed head script', async () => {
    const { response, document } = await served(`/story/${slug}`);
    const policy = metaContent(document, 'http-equiv="Content-Security-Policy"');
    // The header is the same policy, plus what only a header can say (frame-ancestors).
    expect(response.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
    const inline = [...document.querySelectorAll('script:not([src])')].filter(
      (script) => !['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? ''),
    );
    // The one inline script applies the reader's theme before first paint; the policy names its hash.
    expect(inline.map((script) => script.textContent)).toEqual([PREFERENCES_SCRIPT]);
    expect(policy).toContain(scriptHash(PREFERENCES_SCRIPT));
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style'),
    );
    expect(handlers).toEqual([]);
  });
});

it('every story page has its own title', async () => {
  const titles = await Promise.all(stories.map(async (story) => (await served(`/story/${story.slug}`)).document.title));
  expect(new Set(titles).size).toBe(stories.length);
});

describe('the Content Security Policy header sent by vite preview', () => {
  it.each(['/', `/story/${stories[0]?.slug}`, '/search?q=x', '/story/no-such-story'])(
    'is strict on %s',
    async (path) => {
      const policy = (await fetch(`${baseUrl}${path}`)).headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect(directives.get('default-src')).toBe("'self'");
      // WebAssembly may be compiled (search), JavaScript never eval'd.
      expect(directives.get('script-src')).toBe(`'self' 'wasm-unsafe-eval' ${scriptHash(PREFERENCES_SCRIPT)}`);
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('require-trusted-types-for')).toBe("'script'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    },
  );
});

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ isArray: (name) => name === 'item' || name === 'url' }).parse(xml);
}

const pathOf = (url: string) => new URL(url).pathname;
const storyPaths = stories.map((story) => `/story/${story.slug}`).sort();

it('feed.xml is well-formed RSS that lists every story', async () => {
  const response = await fetch(`${baseUrl}/feed.xml`);
  expect(response.headers.get('content-type')).toMatch(/xml/);
  const rss = parseXml(await response.text()).rss;
  const items = rss.channel.item as { title: string; link: string }[];
  expect(items.map((item) => pathOf(item.link)).sort()).toEqual(storyPaths);
  // Feed readers take a title as HTML (the build escapes story text into it): as HTML, it is the headline.
  const asHtml = (html: string) => new JSDOM(`<p>${html}</p>`).window.document.querySelector('p')?.textContent;
  expect(items.map((item) => asHtml(item.title)).sort()).toEqual(stories.map((story) => story.headline).sort());
});

it('sitemap.xml is well-formed and lists the front page, every story and every section', async () => {
  const response = await fetch(`${baseUrl}/sitemap.xml`);
  const urls = parseXml(await response.text()).urlset.url as { loc: string }[];
  const paths = urls.map((url) => pathOf(url.loc));
  expect(paths).toContain('/');
  expect(paths.filter((path) => path.startsWith('/story/')).sort()).toEqual(storyPaths);
  for (const section of new Set(stories.map((story) => sectionSlug(story.section)))) {
    expect(paths).toContain(sectionPath(section));
  }
});

it('robots.txt is plain text that points at the sitemap', async () => {
  const response = await fetch(`${baseUrl}/robots.txt`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const sitemap = /^Sitemap: (\S+)$/m.exec(await response.text())?.[1] ?? '';
  expect(pathOf(sitemap)).toBe('/sitemap.xml');
});
