// Relative imports: the build's content step (run from the Vite config) reads this file too.
import { assertNever } from '../../lib/assert-never.ts';
import type { Block, ImageSource, Inline, Picture, SourceBlock, Story } from './story-schema.ts';

/** The text of inline nodes as a reader sees it: marks dropped, links as their text, breaks as newlines. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text;
        case 'break':
          return '\n';
        case 'link':
          return inlineText(node.children);
        default:
          return assertNever(node, 'inline node');
      }
    })
    .join('');
}

/**
 * A picture's words: its alt text (what a reader who cannot see it hears), caption and credit.
 * Search finds a story by them; reading time counts them.
 */
export function imageTexts(image: Pick<ImageSource | Picture, 'alt' | 'caption' | 'credit'>): string[] {
  return [image.alt, image.caption, image.credit].filter((value): value is string => value !== undefined);
}

/**
 * The plain text of each block kind, in reading order: what reading time, search and the feed
 * read from a story. The one place that knows where each kind keeps its text; a kind added to the
 * schema and not handled here fails type-checking.
 */
export function blockTexts(block: Block | SourceBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlineText(block.content)];
    case 'quote':
      return [...block.paragraphs.map(inlineText), ...(block.attribution ? [block.attribution] : [])];
    case 'list':
      return block.items.map(inlineText);
    case 'divider':
      return [];
    case 'image':
      return imageTexts(block);
    case 'subsection':
      return [block.heading, ...block.blocks.flatMap(blockTexts)];
    default:
      return assertNever(block, 'block');
  }
}

/** Every text the reader sees of a story, in reading order: headline, standfirst, lead picture, then the body. */
export function storyTexts(story: Pick<Story, 'headline' | 'standfirst' | 'body' | 'image'>): string[] {
  return [
    story.headline,
    story.standfirst,
    ...(story.image ? imageTexts(story.image) : []),
    ...story.body.flatMap(blockTexts),
  ];
}
