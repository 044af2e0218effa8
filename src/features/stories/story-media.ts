// Relative imports and no zod: the service worker's code may use this as well as the build.
import type { Block, StoryPage } from './story-schema.ts';

type Picture = Extract<Block, { type: 'image' }>;

/** Every picture of a built story, the lead picture first, then the body's in reading order. */
export function storyPictures(story: Pick<StoryPage['story'], 'image' | 'body'>): Picture[] {
  const inBody = (blocks: readonly Block[]): Picture[] =>
    blocks.flatMap((block) =>
      block.type === 'image' ? [block] : block.type === 'subsection' ? inBody(block.blocks) : [],
    );
  return [...(story.image ? [story.image] : []), ...inBody(story.body)];
}

/**
 * Every picture file a story's page may fetch: each variant (every format and width) of every
 * picture, lead and body, each URL once. What a browser picks from a `srcset` depends on its
 * screen and formats, so a copy kept for offline reading keeps them all (or, to save room, the
 * ones this browser would pick).
 */
export function storyMediaUrls(story: Pick<StoryPage['story'], 'image' | 'body'>): string[] {
  return [...new Set(storyPictures(story).flatMap((picture) => picture.variants.map((variant) => variant.src)))];
}
