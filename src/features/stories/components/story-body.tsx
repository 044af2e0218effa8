import { assertNever } from '@/lib/assert-never';
import type { Block } from '../story-schema';
import { ParagraphBlock } from './paragraph-block';
import { RichBlock } from './rich-block';
import styles from './story-body.module.css';
import { SubsectionBlock } from './subsection-block';

type Props = { blocks: readonly Block[] };

/** One block, by its own small renderer; a block kind with no renderer fails type-checking. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock block={block} />;
    case 'quote':
    case 'list':
    case 'image':
    case 'divider':
      return <RichBlock block={block} />;
    case 'subsection':
      return (
        <SubsectionBlock block={block}>
          {block.blocks.map((child, i) => (
            // Blocks have no ids and never reorder: the index is a stable key.
            <BlockView key={i} block={child} />
          ))}
        </SubsectionBlock>
      );
    default:
      return assertNever(block, 'block');
  }
}

/** The story body: each typed block rendered by its own small component, as text, never as HTML. */
export function StoryBody({ blocks }: Props) {
  if (blocks.length === 0) return null;
  return (
    <div className={styles.body}>
      {blocks.map((block, i) => (
        // Blocks have no ids and never reorder: the index is a stable key.
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
