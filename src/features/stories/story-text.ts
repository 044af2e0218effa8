// Relative imports: the build's content step (run from the Vite config) reads this file too.
import { assertNever } from '../../lib/assert-never.ts';
import type { Block, Story } from './story-schema.ts';

/**
 * The plain text of each block kind, in reading order: what reading time, search and the feed
 * read from a story. The one place that knows where each kind keeps its text; a kind added to the
 * schema and not handled here fails type-checking.
 */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'subsection':
      return [block.heading, ...block.blocks.flatMap(blockTexts)];
    default:
      return assertNever(block, 'block');
  }
}

/** Every text the reader sees of a story, in reading order: headline, standfirst, then the body. */
export function storyTexts(story: Pick<Story, 'headline' | 'standfirst' | 'body'>): string[] {
  return [story.headline, story.standfirst, ...story.body.flatMap(blockTexts)];
}
