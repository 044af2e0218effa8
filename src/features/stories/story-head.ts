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

/**
 * The lead picture as link previews want it: the largest JPEG or PNG variant (every preview
 * reader takes those; not all take AVIF or WebP), at an absolute URL.
 */
function previewImage(story: StoryPage['story'], siteUrl: string): HeadData['image'] {
  const lead = story.image;
  const variant = lead?.variants.filter((v) => v.format === 'jpeg' || v.format === 'png').at(-1);
  if (!lead || !variant) return undefined;
  const height = Math.round((variant.width * lead.height) / lead.width);
  return { url: absoluteUrl(siteUrl, variant.src), width: variant.width, height, alt: lead.alt };
}

export function storyHead({ story }: StoryPage, siteUrl: string): HeadData {
  const url = absoluteUrl(siteUrl, storyPath(story.slug));
  const image = previewImage(story, siteUrl);
  return {
    title: storyTitle(story),
    description: story.standfirst,
    url,
    type: 'article',
    ...(image ? { image } : {}),
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
      ...(image ? { image: { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height } } : {}),
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
