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

/** Formats every browser shows: a picture's fallback in its `<picture>`. */
const UNIVERSAL_FORMATS: readonly string[] = ['jpeg', 'png'];

/**
 * The one file of each picture kept with a story for offline reading: its narrowest variant in
 * the format every browser shows. Offline, the service worker answers a request for any variant
 * of that picture with the file it kept (see picturePrefix), so the story keeps its pictures for
 * a few kilobytes each instead of a dozen files.
 */
export function offlinePictureUrls(story: Pick<StoryPage['story'], 'image' | 'body'>): string[] {
  return storyPictures(story).flatMap((picture) => {
    const universal = picture.variants.filter((variant) => UNIVERSAL_FORMATS.includes(variant.format));
    const narrowest = (universal.length > 0 ? universal : picture.variants).reduce((a, b) =>
      b.width < a.width ? b : a,
    );
    return [narrowest.src];
  });
}

/**
 * What every variant of one picture shares: its path up to the width and hash the build adds
 * (`/media/<slug>/<name>-<width>-<hash>.<ext>` → `/media/<slug>/<name>-`); undefined for any other path.
 */
export function picturePrefix(path: string): string | undefined {
  return /^(\/media\/[^/]+\/[^/]+-)\d+-[0-9a-f]{8}\.[a-z0-9]+$/.exec(path)?.[1];
}
