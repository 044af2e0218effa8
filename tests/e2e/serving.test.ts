import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseAllHeaders } from '@netlify/headers-parser';
import { builtStories } from '@tests/support/content';
import { declaredHeaders, type HeaderRule, headerDifferences } from '@tests/support/headers-parity';
import { type RawResponse, rawRequest } from '@tests/support/http';
import { describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '@/build/csp';
import { CONTENT_TYPES, cacheControlFor, extensionOf, HOST_FILES, TEXT_EXTENSIONS } from '@/build/host-config';

/**
 * What the host sends, over HTTP, for each kind of file: the same for `vite preview` and for nginx
 * with the config the build wrote (E2E_SERVER), and for nginx also what the `_headers` file says.
 */

const baseUrl = inject('baseUrl');
const server = inject('server');
const outDir = resolve(process.env.BROADSHEET_OUT_DIR ?? 'dist');
const layout = { assetsDir: 'assets' };
const slug = builtStories()[0]?.slug ?? '';
const assets = readdirSync(join(outDir, layout.assetsDir));
const script = assets.filter((file) => file.endsWith('.js')).sort((a, b) => sizeOf(b) - sizeOf(a))[0];
const stylesheet = assets.find((file) => file.endsWith('.css'));

function sizeOf(asset: string): number {
  return readFileSync(join(outDir, layout.assetsDir, asset)).length;
}

/** [what, URL path, the file it serves] */
const samples: readonly [string, string, string][] = [
  ['the front page', '/', 'index.html'],
  ['a story', `/story/${slug}`, `story/${slug}.html`],
  ['a story by its file name', `/story/${slug}.html`, `story/${slug}.html`],
  ['the Saved page', '/saved', 'saved.html'],
  ['the largest script', `/assets/${script}`, `assets/${script}`],
  ['the stylesheet', `/assets/${stylesheet}`, `assets/${stylesheet}`],
  ['the service worker', '/sw.js', 'sw.js'],
  ['the web app manifest', '/manifest.webmanifest', 'manifest.webmanifest'],
  ['a story’s data', `/data/stories/${slug}.json`, `data/stories/${slug}.json`],
  ['the front page’s data', '/data/front/1.json', 'data/front/1.json'],
  ['the feed', '/feed.xml', 'feed.xml'],
  ['the sitemap', '/sitemap.xml', 'sitemap.xml'],
  ['robots.txt', '/robots.txt', 'robots.txt'],
  ['an icon', '/pwa-192x192.png', 'pwa-192x192.png'],
];
const UNKNOWN = '/story/no-such-story';
const notFoundPage = readFileSync(join(outDir, '404.html'));

const header = (response: RawResponse, name: string) => response.headers[name.toLowerCase()];

function expectSecurityHeaders(response: RawResponse) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(header(response, name), name).toBe(value);
}

describe(`served by ${server}`, () => {
  it.each(samples)('%s (%s) comes with the security headers, its caching rule and its type', async (_, path, file) => {
    const response = await rawRequest(baseUrl, path);
    expect(response.status).toBe(200);
    expect(response.body.equals(readFileSync(join(outDir, file)))).toBe(true);
    expectSecurityHeaders(response);
    expect(header(response, 'cache-control')).toBe(cacheControlFor(path, layout));
    expect(String(header(response, 'content-type')).split(';')[0]).toBe(CONTENT_TYPES[extensionOf(file)]);
    expect(header(response, 'etag')).toBeTruthy();
  });

  it('fingerprinted files are kept a year, everything else is revalidated', () => {
    expect(cacheControlFor(`/assets/${script}`, layout)).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', `/story/${slug}`, '/sw.js', '/manifest.webmanifest', '/data/front/1.json', '/feed.xml']) {
      expect(cacheControlFor(path, layout), path).toBe('no-cache');
    }
  });

  it('an unknown path gets the 404 page with status 404 and the security headers', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await rawRequest(baseUrl, UNKNOWN, {}, method);
      expect(response.status).toBe(404);
      if (method === 'GET') expect(response.body.equals(notFoundPage)).toBe(true);
      expect(header(response, 'content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response);
      expect(header(response, 'cache-control')).toBe('no-cache');
    }
  });

  it('an unchanged page is answered 304 Not Modified', async () => {
    const path = `/story/${slug}`;
    const first = await rawRequest(baseUrl, path);
    const etag = String(header(first, 'etag'));
    const again = await rawRequest(baseUrl, path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectSecurityHeaders(again);
    if (server === 'nginx') {
      const since = String(header(first, 'last-modified'));
      expect((await rawRequest(baseUrl, path, { 'if-modified-since': since })).status).toBe(304);
    }
  });

  it.each([
    ['a file above the root, with encoded dots and slashes', '/%2e%2e%2fpackage.json'],
    ['a file above the root, from a story', '/story/%2e%2e%2f%2e%2e%2fpackage.json'],
    ['a file above the root, with encoded backslashes', '/story/..%5c..%5cpackage.json'],
    ['a file above the root, plain ..', '/story/../../package.json'],
    ['an encoded slash in a story path', `/story%2f${slug}`],
    ['a folder of stories', '/story/'],
    ['the folder of the data files', '/data/'],
    ['the folder of the assets', '/assets/'],
    ['a path longer than nginx reads (10,000 characters)', `/story/${'a'.repeat(10_000)}`],
    ['the nginx config', `/${HOST_FILES.nginx}`],
    ['the _headers file', `/${HOST_FILES.headers}`],
  ])('%s gets the 404 page with status 404, never a listing or another file', async (_, path) => {
    const response = await rawRequest(baseUrl, path);
    expect(response.status).toBe(404);
    expect(response.body.equals(notFoundPage)).toBe(true);
    expectSecurityHeaders(response);
  });
});

describe.runIf(server === 'nginx')('precompressed by the build, sent by nginx', () => {
  const text = samples.filter(([, , file]) => TEXT_EXTENSIONS.includes(extensionOf(file)));
  // The build writes a sibling only when it is smaller (robots.txt is too short to gain).
  const encodingOf = (file: string, suffix: string, encoding: string) =>
    existsSync(join(outDir, `${file}${suffix}`)) ? encoding : undefined;
  const decoders: Record<string, (body: Buffer) => Buffer> = {
    br: brotliDecompressSync,
    gzip: gunzipSync,
  };

  it.each(text)('%s is sent brotli-compressed when the request accepts br', async (_, path, file) => {
    const response = await rawRequest(baseUrl, path, { 'accept-encoding': 'gzip, deflate, br' });
    const encoding = encodingOf(file, '.br', 'br');
    expect(header(response, 'content-encoding')).toBe(encoding);
    // A file sent one way only (no sibling) does not vary.
    if (encoding) expect(header(response, 'vary')).toMatch(/Accept-Encoding/i);
    const body = encoding ? (decoders[encoding] as (body: Buffer) => Buffer)(response.body) : response.body;
    expect(body.equals(readFileSync(join(outDir, file)))).toBe(true);
  });

  it.each(text)('%s is sent gzip-compressed when the request accepts only gzip', async (_, path, file) => {
    const response = await rawRequest(baseUrl, path, { 'accept-encoding': 'gzip' });
    const encoding = encodingOf(file, '.gz', 'gzip');
    expect(header(response, 'content-encoding')).toBe(encoding);
    const body = encoding ? gunzipSync(response.body) : response.body;
    expect(body.equals(readFileSync(join(outDir, file)))).toBe(true);
  });

  it.each(text)('%s is sent as it is when the request accepts no encoding', async (_, path, file) => {
    const response = await rawRequest(baseUrl, path);
    expect(header(response, 'content-encoding')).toBeUndefined();
    expect(response.body.equals(readFileSync(join(outDir, file)))).toBe(true);
  });

  it('the 404 page is compressed too, and keeps its status', async () => {
    const response = await rawRequest(baseUrl, UNKNOWN, { 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
    expect(header(response, 'content-encoding')).toBe('br');
    expect(brotliDecompressSync(response.body).equals(notFoundPage)).toBe(true);
  });
});

describe.runIf(server === 'nginx')('the _headers file (Netlify, Cloudflare Pages)', () => {
  it('says what nginx sends, for every sample path and for the 404 page', async () => {
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(outDir, HOST_FILES.headers)],
      configHeaders: [],
      minimal: false,
    });
    expect(errors).toEqual([]);
    const rules = headers as HeaderRule[];
    const problems: string[] = [];
    for (const path of [...samples.map(([, path]) => path), UNKNOWN]) {
      const { headers: declared, conflicts } = declaredHeaders(rules, path);
      expect(Object.keys(declared).length, path).toBeGreaterThan(0);
      problems.push(...conflicts, ...headerDifferences(path, declared, (await rawRequest(baseUrl, path)).headers));
    }
    expect(problems).toEqual([]);
  });
});
