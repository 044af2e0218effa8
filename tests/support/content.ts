import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '@/features/stories/story-schema';

const DIR = 'src/content/stories';

/** The shipped stories, read from their files: what the reader should see. */
export function shippedStories(): Story[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Story)
    .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
}

export const LEAD_SLUG = 'russia-begins-mobilization-men-flee';

export function shippedStory(slug: string): Story {
  const story = shippedStories().find((s) => s.slug === slug);
  if (!story) throw new Error(`No shipped story ${slug}`);
  return story;
}
