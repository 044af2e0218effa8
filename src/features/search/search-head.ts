import { absoluteUrl, type HeadData } from '@/lib/head';
import { SEARCH_TITLE } from './components/search-page';
import { SEARCH_PATH } from './search-path';

/** The search page's head: one prerendered page for every query, kept out of search engines. */
export function searchHead(siteUrl: string): HeadData {
  return {
    title: SEARCH_TITLE,
    description: 'Search every Broadsheet story, online and offline.',
    url: absoluteUrl(siteUrl, SEARCH_PATH),
    type: 'website',
    noindex: true,
  };
}
