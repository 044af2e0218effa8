// Relative imports and no zod: the build checks links with this, and the link renderer sorts them.
import { isSlug } from './slug.ts';

/*
 * Which links a story may carry. A story's links come from its author, so only kinds that cannot
 * run code or leave the site unannounced are allowed: web pages (https:, http:), e-mail (mailto:)
 * and the site's own pages (a path starting with one `/`).
 */

export type LinkKind = 'story' | 'site' | 'web' | 'email';

const STORY_LINK = /^\/story\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The slug a `/story/<slug>` link points at, or null for any other link. */
export function linkedStorySlug(href: string): string | null {
  return STORY_LINK.exec(href)?.[1] ?? null;
}

/** What a link is, for the renderer; only called on links the build accepted. */
export function linkKind(href: string): LinkKind {
  // Only a plain story path is an in-app navigation; with a query or fragment it is an ordinary link.
  if (href.startsWith('/')) return /^\/story\/[^/?#]+$/.test(href) ? 'story' : 'site';
  return href.toLowerCase().startsWith('mailto:') ? 'email' : 'web';
}

/**
 * Why a link cannot be published, in words that say what to write instead; null when it can.
 * Browsers treat `\` like `/` and ignore tabs and newlines inside a URL, so neither may hide a
 * protocol-relative or scripted link.
 */
export function hrefProblem(href: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\s\u0000-\u001f\u007f\\]/.test(href)) {
    return 'a link must not contain spaces, control characters or backslashes: write the URL as it appears in the address bar';
  }
  if (href.startsWith('//')) {
    return 'protocol-relative links (//host/…) are not allowed: write https://host/… for another site, or /path for a page of this site';
  }
  if (href.startsWith('/')) {
    const slug = linkedStorySlug(href);
    if (href.startsWith('/story/') && (slug === null || !isSlug(slug))) {
      return `"${href}" is not a story link: write /story/<slug>, the slug being a story's file name`;
    }
    return null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http') {
    return URL.canParse(href) && new URL(href).hostname ? null : `"${href}" is not a valid web address`;
  }
  if (scheme === 'mailto') return href.length > 'mailto:'.length ? null : 'a mailto: link needs an address';
  if (scheme) {
    return `${scheme}: links are not allowed (only https:, http:, mailto: and links to this site's pages, /…)`;
  }
  return `"${href}" is a relative link: write /story/<slug> or /path for a page of this site, or https://… for another site`;
}
