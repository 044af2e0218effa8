/** What a page puts in <head> for search engines and link previews; rendered at build time. */
export type HeadData = {
  /** The full document title. */
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  type: 'website' | 'article';
  /** Structured data (schema.org), emitted as application/ld+json. */
  jsonLd?: Record<string, unknown>;
  /** A picture for link previews (Open Graph, Twitter's large card): absolute URL, size and alt text. */
  image?: { url: string; width: number; height: number; alt: string };
  /** Pages that must not be indexed (the 404 page). */
  noindex?: boolean;
};

/** Joins the site's public URL and a path, whatever slashes the setting was given with. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
