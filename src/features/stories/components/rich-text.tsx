/*
 * What most stories do not have — emphasis and links inside a paragraph, quotes, lists, pictures —
 * in a chunk of its own, loaded by the stories that need it before they render (see rich-block.tsx).
 */
import { InlineContent } from './inline-content';
import { ListBlock } from './list-block';
import { PictureFigure } from './picture-figure';
import { QuoteBlock } from './quote-block';
import type { RichBlockData } from './rich-block';
import styles from './rich-text.module.css';

type Props = { block: RichBlockData };

/** A paragraph with emphasis, links or line breaks, a quote, a list, a picture or a divider, each by its own renderer. */
export function RichText({ block }: Props) {
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
