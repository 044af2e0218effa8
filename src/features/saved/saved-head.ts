import { absoluteUrl, type HeadData } from '@/lib/head';
import { pageTitle } from '@/lib/site';

/** The Saved page's head: personal to each reader, so kept out of search results. */
export function savedHead(siteUrl: string): HeadData {
  return {
    title: pageTitle('Saved stories'),
    description: 'The stories you saved to read later on Broadsheet, available offline.',
    url: absoluteUrl(siteUrl, '/saved'),
    type: 'website',
    noindex: true,
  };
}
