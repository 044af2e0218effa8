import { absoluteUrl, type HeadData } from '@/lib/head';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import type { FrontPage, StoryPage } from './story-schema';
import { frontPath, storyPath } from './story-urls';

/*
 * What the story and front pages say about themselves. The titles are used twice — by the build
 * for the served <title>, and by the page's h1 for document.title after a client navigation —
 * so both always agree.
 */

export const storyTitle = (story: Pick<StoryPage['story'], 'headline'>) => pageTitle(story.headline);

export const frontPageTitle = (page: number) => (page === 1 ? pageTitle() : pageTitle(`Stories, page ${page}`));

export function storyHead({ story }: StoryPage, siteUrl: string): HeadData {
  const url = absoluteUrl(siteUrl, storyPath(story.slug));
  return {
    title: storyTitle(story),
    description: story.standfirst,
    url,
    type: 'article',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.standfirst,
      articleSection: story.section,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(siteUrl, '/') },
      // Only what the story really has: no invented dates or authors.
      ...(story.datePublished ? { datePublished: story.datePublished } : {}),
      ...(story.byline ? { author: { '@type': 'Person', name: story.byline } } : {}),
    },
  };
}

export function frontPageHead(front: FrontPage, siteUrl: string): HeadData {
  return {
    title: frontPageTitle(front.page),
    description: SITE_DESCRIPTION,
    url: absoluteUrl(siteUrl, frontPath(front.page)),
    type: 'website',
  };
}
