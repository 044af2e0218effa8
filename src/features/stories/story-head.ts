import { absoluteUrl, type HeadData } from '@/lib/head';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import type { FrontPage, SectionPage, StoryPage } from './story-schema';
import { frontPath, sectionPath, storyPath } from './story-urls';

/*
 * What the story, front and section pages say about themselves. The titles are used twice — by
 * the build for the served <title>, and by the page's h1 for document.title after a client
 * navigation — so both always agree.
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

/** A section page's heading: the section ("News"), with the page number from page 2 on. */
export const sectionHeading = (label: string, page: number) => (page === 1 ? label : `${label}, page ${page}`);

export const sectionPageTitle = (label: string, page: number) => pageTitle(sectionHeading(label, page));

export function sectionPageHead(section: SectionPage, siteUrl: string): HeadData {
  return {
    title: sectionPageTitle(section.section.label, section.page),
    description: `Stories in ${section.section.label} from ${SITE_NAME}.`,
    url: absoluteUrl(siteUrl, sectionPath(section.section.name, section.page)),
    type: 'website',
  };
}
