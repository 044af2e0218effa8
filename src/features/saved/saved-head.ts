import { absoluteUrl, type HeadData } from '@/lib/head';
import { pageTitle } from '@/lib/site';

/** The Saved page's title: the served <title> and document.title after a client navigation. */
export const SAVED_TITLE = pageTitle('Saved stories');

/** The Saved page's head: personal to each reader, so kept out of search results. */
export function savedHead(siteUrl: string): HeadData {
  return {
    title: SAVED_TITLE,
    description: 'The stories you saved to read later on Broadsheet, available offline.',
    url: absoluteUrl(siteUrl, '/saved'),
    type: 'website',
    noindex: true,
  };
}
