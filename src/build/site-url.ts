/** Where the site is published unless SITE_URL says otherwise: `vite preview` on this machine. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** Thrown for a SITE_URL the build cannot use: every canonical link, feed and sitemap entry would be wrong. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/**
 * The site's public URL from the SITE_URL setting, and a warning when a build made with it would
 * point readers, search engines and feed readers at this machine. A value that is not an absolute
 * http(s) URL is refused.
 */
export function resolveSiteUrl(value: string | undefined): { url: string; warning?: string } {
  if (value === undefined || value.trim() === '') {
    return {
      url: DEFAULT_SITE_URL,
      warning: `SITE_URL is not set: canonical links, Open Graph, the feed and the sitemap point at ${DEFAULT_SITE_URL}. Set it to the public address before deploying, e.g. SITE_URL=https://news.example npm run build`,
    };
  }
  const parsed = URL.canParse(value) ? new URL(value) : null;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) {
    throw new SiteUrlError(
      `SITE_URL "${value}" is not an absolute http(s) URL: write the site's public address, e.g. SITE_URL=https://news.example`,
    );
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new SiteUrlError(
      `SITE_URL "${value}" must be the site's address alone, without credentials, query or fragment`,
    );
  }
  const url = parsed.href.replace(/\/$/, '');
  if (LOCAL_HOSTS.has(parsed.hostname) || parsed.hostname.endsWith('.localhost')) {
    return {
      url,
      warning: `SITE_URL is ${url}, this machine: canonical links, Open Graph, the feed and the sitemap will point at it. Set the public address before deploying.`,
    };
  }
  return { url };
}
