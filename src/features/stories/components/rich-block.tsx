import { loadable, useLoadable } from '@/lib/lazy';
import type { Block, Inline, StoryPage } from '../story-schema';

/*
 * Emphasis and links inside a paragraph, quotes, lists, dividers and pictures are drawn by
 * rich-text.tsx, a chunk of its own (about 1.3 kB gzip) that a story of plain paragraphs — most of
 * them — never downloads. A story that has one loads it before it renders: the story route's
 * loader waits for it (so a client navigation, prefetched or not, never suspends on it), and its
 * prerendered page names the chunk (so the boot script fetches it with the app, and hydration
 * finds it in memory). It is not an island: its output is in the HTML, and a Suspense boundary
 * left dehydrated while its code downloads would hold every navigation until it arrived.
 */

/** The renderers' source file, for the pages that name its chunk (the story route's prerender). */
export const RICH_TEXT_MODULE = 'src/features/stories/components/rich-text.tsx';

const richText = loadable(() => import('./rich-text'));

export type RichBlockData = Extract<Block, { type: 'paragraph' | 'quote' | 'list' | 'image' | 'divider' }>;

/** The text of a paragraph that is one run of plain text; null when it has emphasis, links or breaks. */
export const plainText = (content: readonly Inline[]) =>
  content.length === 1 && content[0]?.type === 'text' && !content[0].marks ? content[0].text : null;

function blockNeedsRichText(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return plainText(block.content) === null;
    case 'subsection':
      return block.blocks.some(blockNeedsRichText);
    default:
      return true;
  }
}

/** Whether a story shows anything the rich-text renderers draw (its picture, a quote, a link…). */
export function needsRichText(story: StoryPage['story']): boolean {
  return story.image !== undefined || story.body.some(blockNeedsRichText);
}

/** Loads the renderers, for a story that needs them (a failed download may be tried again). */
export const loadRichText = () => richText.load();

/** A rich block, drawn by the renderers in rich-text.tsx (in memory once the story's loader has run). */
export function RichBlock({ block }: { block: RichBlockData }) {
  const { RichText } = useLoadable(richText);
  return <RichText block={block} />;
}
