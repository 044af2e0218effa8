// @vitest-environment node

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './csp.ts';
import {
  buildProblems,
  cacheControlFor,
  headersFileSegment,
  IMMUTABLE,
  isCompressedSibling,
  nginxString,
  REVALIDATE,
  renderHeadersFile,
  renderNginxConf,
  type TopLevelEntry,
} from './host-config.ts';

const layout = { assetsDir: 'assets' };
const BUILD: TopLevelEntry[] = [
  { name: 'index.html', directory: false },
  { name: 'index.html.br', directory: false },
  { name: 'saved.html', directory: false },
  { name: '404.html', directory: false },
  { name: 'sw.js', directory: false },
  { name: 'assets', directory: true },
  { name: 'story', directory: true },
  { name: 'nginx.conf', directory: false },
  { name: '_headers', directory: false },
];

/** The rules of a `_headers` text, read by Netlify's own parser. */
async function parseHeaders(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-headers-'));
  try {
    writeFileSync(join(dir, '_headers'), text);
    return await parseAllHeaders({ headersFiles: [join(dir, '_headers')], configHeaders: [], minimal: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('caching', () => {
  it('keeps fingerprinted assets a year and revalidates everything else', () => {
    expect(cacheControlFor('/assets/framework-CoUdXGn9.js', layout)).toBe(IMMUTABLE);
    for (const path of ['/', '/story/a', '/sw.js', '/manifest.webmanifest', '/data/front/1.json', '/assets']) {
      expect(cacheControlFor(path, layout), path).toBe(REVALIDATE);
    }
  });

  it('keeps story pictures a year: each variant is named by a hash of its content', () => {
    const picture = '/media/a-story/lead-736-0a1b2c3d.avif';
    expect(cacheControlFor(picture, layout)).toBe(IMMUTABLE);
    expect(buildProblems([picture.slice(1)], layout)).toEqual([]);
    expect(buildProblems(['media/a-story/lead-736.avif'], layout)).toEqual([
      'media/a-story/lead-736.avif: cached for a year, but its name carries no content hash',
    ]);
  });

  it('fails a build with a file of unknown type, or an immutable file with no hash in its name', () => {
    expect(buildProblems(['index.html', 'assets/app-CoUdXGn9.js', 'data/front/1.json'], layout)).toEqual([]);
    expect(buildProblems(['notes.md', 'assets/app.js'], layout)).toEqual([
      'notes.md: no media type for ".md" files (add it to CONTENT_TYPES)',
      'assets/app.js: cached for a year, but its name carries no content hash',
    ]);
  });

  it('knows the precompressed siblings of text files from other files', () => {
    expect(isCompressedSibling('index.html.br')).toBe(true);
    expect(isCompressedSibling('assets/app-CoUdXGn9.js.gz')).toBe(true);
    expect(isCompressedSibling('archive.gz')).toBe(false);
  });
});

describe('the nginx config', () => {
  const conf = renderNginxConf(layout);
  const locations = [...conf.matchAll(/^location ([^{]+)\{\n([\s\S]*?)^\}/gm)];

  it('sends the security headers and a Cache-Control from every location that serves, errors included', () => {
    const serving = locations.filter(([, , body]) => !/^\s*return 404;\s*$/.test(body ?? ''));
    expect(serving.map(([, match]) => match?.trim())).toEqual([
      '= /404.html',
      '= /',
      '^~ "/assets/"',
      '^~ "/media/"',
      '/',
    ]);
    for (const [, match, body] of serving) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(body, match).toContain(`add_header ${name} ${nginxString(value)} always;`);
      }
      expect(body, match).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    // A server-level add_header would be dropped by every location that has its own.
    expect(conf).not.toMatch(/^add_header/m);
  });

  it('serves clean URLs, the 404 page for unknown paths, and not the host files', () => {
    expect(conf).toContain('try_files $uri $uri.html =404;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('location = "/nginx.conf" {\n    return 404;');
    expect(conf).toContain('location = "/_headers" {\n    return 404;');
    expect(conf).toContain('application/manifest+json webmanifest;');
  });

  it('quotes what it interpolates, and refuses what nginx cannot quote', () => {
    expect(nginxString(`a "quoted" \\ value; {}`)).toBe(`"a \\"quoted\\" \\\\ value; {}"`);
    expect(() => nginxString('$request_uri')).toThrow(/\$/);
    expect(() => nginxString('one\ntwo')).toThrow(/control/);
    expect(() => renderNginxConf({ assetsDir: 'a$b' })).toThrow();
  });
});

describe('the _headers file', () => {
  it('puts the security headers on every path and caching on each file and folder of the build', async () => {
    const text = renderHeadersFile(BUILD, layout);
    const { headers, errors } = await parseHeaders(text);
    expect(errors).toEqual([]);
    const byPath = Object.fromEntries(headers.map((rule) => [rule.for, rule.values]));
    expect(byPath['/*']).toEqual(SECURITY_HEADERS);
    expect(byPath).toMatchObject({
      '/': { 'Cache-Control': REVALIDATE },
      '/index.html': { 'Cache-Control': REVALIDATE },
      '/saved': { 'Cache-Control': REVALIDATE },
      '/saved.html': { 'Cache-Control': REVALIDATE },
      '/sw.js': { 'Cache-Control': REVALIDATE },
      '/story/*': { 'Cache-Control': REVALIDATE },
      '/assets/*': { 'Cache-Control': IMMUTABLE },
    });
    // Host files and precompressed siblings are not pages of the site.
    expect(Object.keys(byPath)).not.toEqual(expect.arrayContaining(['/nginx.conf']));
    expect(Object.keys(byPath).filter((path) => /_headers|nginx|\.br$/.test(path))).toEqual([]);
    // No rule but the one for every path names a security header; only that one names no Cache-Control.
    for (const rule of headers.filter((candidate) => candidate.for !== '/*')) {
      expect(Object.keys(rule.values)).toEqual(['Cache-Control']);
    }
  });

  it('writes a hostile file name as one literal path, never a wildcard, placeholder or header', async () => {
    const hostile = ['evil\n  X-Injected: 1', ':splat', '*', 'a b', 'x#y'];
    const text = renderHeadersFile(
      hostile.map((name) => ({ name, directory: false })),
      layout,
    );
    const { headers, errors } = await parseHeaders(text);
    expect(errors).toEqual([]);
    expect(headers.map((rule) => rule.for).filter((path) => path !== '/*')).toEqual(
      ['%2A', '%3Asplat', 'a%20b', 'evil%0A%20%20X-Injected%3A%201', 'x%23y'].map((segment) => `/${segment}`),
    );
    expect(headers.flatMap((rule) => Object.keys(rule.values))).not.toContain('X-Injected');
    expect(headersFileSegment('*')).toBe('%2A');
    expect(() => headersFileSegment('..')).toThrow();
  });

  it('stays within the 100 rules Cloudflare Pages reads', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ name: `file-${i}.png`, directory: false }));
    expect(() => renderHeadersFile(many, layout)).toThrow(/at most 100/);
  });
});
