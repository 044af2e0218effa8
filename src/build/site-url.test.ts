// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl, SiteUrlError } from './site-url.ts';

describe('SITE_URL', () => {
  it('is used as given when it is a public http(s) address, without a trailing slash', () => {
    expect(resolveSiteUrl('https://news.example/')).toEqual({ url: 'https://news.example' });
    expect(resolveSiteUrl('https://news.example/edition')).toEqual({ url: 'https://news.example/edition' });
  });

  it('warns when it is unset, and builds for this machine', () => {
    const { url, warning } = resolveSiteUrl(undefined);
    expect(url).toBe(DEFAULT_SITE_URL);
    expect(warning).toMatch(/SITE_URL is not set: .* point at http:\/\/localhost:4173\. Set it/);
  });

  it.each(['http://localhost:4173', 'http://127.0.0.1:8080', 'http://news.localhost'])(
    'warns when it is %s',
    (value) => {
      expect(resolveSiteUrl(value).warning).toMatch(/this machine/);
    },
  );

  it.each([
    'news.example',
    '/path',
    'ftp://news.example',
    'javascript:alert(1)',
    'https://',
    'https://user:pw@news.example',
    'https://news.example/?q=1',
  ])('refuses %s', (value) => {
    expect(() => resolveSiteUrl(value)).toThrow(SiteUrlError);
  });
});
