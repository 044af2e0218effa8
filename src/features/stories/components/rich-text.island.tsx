/*
 * What most stories do not have — emphasis and links inside a paragraph, quotes, lists, pictures —
 * arrives in a chunk of its own, loaded only by a page that shows one: the prerendered HTML has
 * it at once, and it hydrates when the chunk lands. Plain paragraphs and subsections, which every
 * story has, stay in the story's own code (see story-body.tsx).
 */
import type { Block } from '../story-schema';
import { InlineContent } from './inline-content';
import { ListBlock } from './list-block';
import { PictureFigure } from './picture-figure';
import { QuoteBlock } from './quote-block';
import styles from './rich-text.module.css';

type Props = { block: Extract<Block, { type: 'paragraph' | 'quote' | 'list' | 'image' | 'divider' }> };

/** A paragraph with emphasis, links or line breaks, a quote, a list, a picture or a divider, each by its own renderer. */
export function RichBlock({ block }: Props) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className={styles.paragraph}>
          <InlineContent nodes={block.content} />
        </p>
      );
    case 'quote':
      return <QuoteBlock block={block} />;
    case 'list':
      return <ListBlock block={block} />;
    case 'image':
      return <PictureFigure picture={block} />;
    case 'divider':
      return <hr className={styles.divider} />;
    default:
      return block satisfies never;
  }
}
