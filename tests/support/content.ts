import { resolve } from 'node:path';
import { readContent } from '@/build/content';
import { contentDir, SHIPPED_CONTENT_DIR } from '@/build/folders';
import type { Story } from '@/features/stories/story-schema';

/*
 * The stories a test expects to see, read by the build's own loader (validated, in front-page
 * order), so a test and the site it checks can never read the content differently.
 */

/** The stories in a content folder, in front-page order. */
export function storiesIn(dir: string): Story[] {
  return readContent(resolve(dir)).stories;
}

/** The stories that ship with Broadsheet. */
export const shippedStories = (): Story[] => storiesIn(SHIPPED_CONTENT_DIR);

/** The stories the build under test was made from: `BROADSHEET_CONTENT_DIR`, else the shipped ones. */
export const builtStories = (): Story[] => storiesIn(contentDir());

/** The shipped lead story: a full story with pull-quote subsections and five related briefs. */
export const LEAD_SLUG = 'russia-begins-mobilization-men-flee';

export function storyBySlug(slug: string, stories: readonly Story[] = builtStories()): Story {
  const story = stories.find((s) => s.slug === slug);
  if (!story) throw new Error(`No story ${slug}`);
  return story;
}

/** A shipped brief: a headline and its standfirst, no body. */
export function briefSlug(stories: readonly Story[] = builtStories()): string {
  const brief = stories.find((s) => s.body.length === 0);
  if (!brief) throw new Error('No brief among the stories');
  return brief.slug;
}
