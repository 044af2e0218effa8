import { absoluteUrl, type HeadData } from '@/lib/head';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { frontPath, storyPath } from './api/data-paths';
import type { FrontPage, StoryPage } from './story-schema';

export function storyHead({ story }: StoryPage, siteUrl: string): HeadData {
  const url = absoluteUrl(siteUrl, storyPath(story.slug));
  return {
    title: pageTitle(story.headline),
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
    title: front.page === 1 ? pageTitle() : pageTitle(`Stories, page ${front.page}`),
    description: SITE_DESCRIPTION,
    url: absoluteUrl(siteUrl, frontPath(front.page)),
    type: 'website',
  };
}

export function notFoundHead(siteUrl: string): HeadData {
  return {
    title: pageTitle('Story not found'),
    description: SITE_DESCRIPTION,
    url: absoluteUrl(siteUrl, '/404'),
    type: 'website',
    noindex: true,
  };
}
